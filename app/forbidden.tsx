import { StatusPage } from "@/components/shell/status-page";

export default function Forbidden() {
  return (
    <StatusPage code="403" title="You do not have access to this page">
      Your role does not include this part of Vendorscope. Ask an administrator if you need it.
    </StatusPage>
  );
}
