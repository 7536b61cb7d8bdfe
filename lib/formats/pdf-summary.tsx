// The PDF report's opening: title, workspace facts, and the summary (final ratings as a bar chart drawn
// with react-pdf's Svg primitives, statuses, open disagreements).
import { Rect, Svg, Text, View } from "@react-pdf/renderer";
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS } from "@/lib/domain/vocabulary";
import { type ReportSummary, type ReportWorkspace } from "@/lib/domain/report-model";
import { Item, UrlText } from "./pdf-claim";
import { RULE, directed, safeColour, styles } from "./pdf-styles";
import { isolate } from "./pdf-text";

export const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

const BAR_WIDTH = 300;
const BAR_HEIGHT = 9;
const UNRATED_COLOUR = "#cbd5e1";

export function TitleBlock({ workspace }: { workspace: ReportWorkspace }) {
  const scale = workspace.scale.map((level) => (level.ordinal === null ? level.label : `${level.label} (${level.ordinal})`));
  return (
    <View>
      <Text style={styles.title}>Verdict report: {isolate(workspace.name)}</Text>
      <Text style={styles.fact}><Text style={styles.muted}>Workspace: </Text>{isolate(workspace.name)} ({workspace.slug})</Text>
      {workspace.organizationName ? <Text style={styles.fact}><Text style={styles.muted}>Fact-checked by: </Text>{isolate(workspace.organizationName)}</Text> : null}
      <Text style={styles.fact}><Text style={styles.muted}>Exported: </Text>{when(workspace.exportedAt)}</Text>
      <Text style={styles.fact}><Text style={styles.muted}>Rating scale: </Text>{scale.map(isolate).join(", ")}</Text>
    </View>
  );
}

interface Bar {
  label: string;
  count: number;
  colour: string;
}

/** One row per rating: its label, a bar as long as its share of the largest count, the count. */
export function RatingChart({ bars }: { bars: Bar[] }) {
  const largest = Math.max(1, ...bars.map((bar) => bar.count));
  return (
    <View>
      {bars.map((bar) => (
        <View key={bar.label} style={styles.chartRow}>
          <Text style={styles.chartLabel}>{isolate(bar.label)}</Text>
          <Svg width={BAR_WIDTH} height={BAR_HEIGHT} viewBox={`0 0 ${BAR_WIDTH} ${BAR_HEIGHT}`}>
            <Rect x={0} y={0} width={BAR_WIDTH} height={BAR_HEIGHT} fill="#f3f4f6" />
            {bar.count > 0 ? <Rect x={0} y={0} width={Math.max(2, (BAR_WIDTH * bar.count) / largest)} height={BAR_HEIGHT} fill={bar.colour} /> : null}
            <Rect x={0} y={0} width={0.5} height={BAR_HEIGHT} fill={RULE} />
          </Svg>
          <Text style={styles.chartCount}>{bar.count}</Text>
        </View>
      ))}
    </View>
  );
}

export function SummarySection({ workspace, report }: { workspace: ReportWorkspace; report: ReportSummary }) {
  const bars: Bar[] = [
    ...report.byRating.map((rating) => ({ label: rating.label, count: rating.count, colour: safeColour(workspace.scale.find((level) => level.label === rating.label)?.colour) })),
    { label: "Not rated yet", count: report.unrated, colour: UNRATED_COLOUR },
  ];
  return (
    <View>
      <Text style={styles.h2}>Summary</Text>
      <Text>{report.total} {report.total === 1 ? "claim" : "claims"}.</Text>
      <Text style={styles.h4}>Final ratings</Text>
      <RatingChart bars={bars} />
      <Text style={styles.h4}>Status</Text>
      {CLAIM_STATUSES.map((status) => (
        <View key={status} style={styles.tableRow}>
          <Text style={styles.tableCell}>{CLAIM_STATUS_LABELS[status]}</Text>
          <Text style={styles.tableNumber}>{report.byStatus[status]}</Text>
        </View>
      ))}
      <Text style={styles.h4} minPresenceAhead={30}>Open disagreements</Text>
      {report.openDisagreements.length === 0 ? <Text style={styles.muted}>None.</Text> : null}
      {report.openDisagreements.map((item) => (
        <Item key={item.claimId}>
          <Text style={directed(item.statement)}>{item.statement}</Text>
          <Text style={styles.small}>
            <Text style={styles.muted}>Disagreeing: {item.kinds.join(", ")} · </Text>
            <UrlText url={item.url} />
          </Text>
        </Item>
      ))}
    </View>
  );
}
