import { AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({ panel: { paddingBottom: tokens.spacingVerticalM } });

/** One collapsible section of the panel below the first screen; its heading is the button that opens it. */
export function PanelSection({ value, label, children }: { value: string; label: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <AccordionItem value={value} id={`section-${value}`}>
      <AccordionHeader as="h2" expandIconPosition="end">
        {label}
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>{children}</AccordionPanel>
    </AccordionItem>
  );
}
