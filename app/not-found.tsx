import { StatusPage } from "@/components/shell/status-page";

export default function NotFound() {
  return (
    <StatusPage code="404" title="Page not found">
      The page does not exist, or you do not have access to it.
    </StatusPage>
  );
}
