import { StatusPage } from "@/components/shell/status-page";
import { LINK_INVALID_MESSAGE } from "@/lib/server/respondents/resolve-respondent";

export default function LinkNotValid() {
  return (
    <StatusPage code="Link" title="This link is no longer valid" action={<span />}>
      {LINK_INVALID_MESSAGE}
    </StatusPage>
  );
}
