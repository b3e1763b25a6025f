import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, ArrowUploadRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import type { Profile } from "../../core";
import { describeFileIssue } from "../editing/describeIssue";
import { downloadBlob } from "../editing/downloadBlob";
import { PROFILE_FILE_NAME, fileText, profileFileText, readProfileFile } from "../editing/profileFile";
import type { MessagesApi } from "../hooks/useMessages";
import { useI18n } from "../i18n/context";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
});

export interface ImportExportProps {
  profiles: Profile[];
  onImport(profiles: Profile[]): void;
  messages: MessagesApi;
}

/** Share profiles between workbooks: export as a JSON download, import from a file (validated, errors by field). */
export function ImportExport({ profiles, onImport, messages }: ImportExportProps) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);

  const exportProfiles = () => {
    downloadBlob(new Blob([profileFileText(profiles)], { type: "application/json" }), PROFILE_FILE_NAME);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = readProfileFile(await fileText(file));
    if (result.ok) {
      onImport(result.profiles);
      messages.show([{ intent: "success", text: t("result.imported", { count: formatNumber(result.profiles.length, 0) }) }]);
    } else if ("notJson" in result) {
      messages.show([{ intent: "error", text: t("import.notJson", { detail: result.notJson }) }]);
    } else {
      messages.show([
        {
          intent: "error",
          text: t("import.errors"),
          details: result.issues.map((issue) => describeFileIssue(issue, result.document, i18n)),
        },
      ]);
    }
  };

  return (
    <div className={styles.root}>
      <Button icon={<ArrowDownloadRegular />} onClick={exportProfiles} disabled={profiles.length === 0}>
        {t("actions.export")}
      </Button>
      <Button icon={<ArrowUploadRegular />} onClick={() => input.current?.click()}>
        {t("actions.import")}
      </Button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        aria-label={t("actions.importFile")}
        className={styles.hidden}
        tabIndex={-1}
        onChange={(event) => {
          void importFile(event.target.files?.[0]);
          event.target.value = "";
        }}
      />
    </div>
  );
}
