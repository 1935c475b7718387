package fi.pyykkinaru.harvest;

import org.springframework.data.relational.core.mapping.Table;

/** One slip a report was made of. */
@Table("report_slip")
public record ReportSlip(long slipId) {
}
