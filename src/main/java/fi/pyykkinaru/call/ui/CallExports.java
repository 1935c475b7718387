package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import fi.pyykkinaru.base.ui.Downloads;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.ProposalExport;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import java.util.Locale;
import org.springframework.context.annotation.Scope;

/**
 * The call's downloads for the planning group's meeting: the proposals with their answers and score summaries as
 * CSV and XLSX, and every review's scores as CSV. Each file is made when its link is followed, in the language of
 * whoever follows it.
 */
@SpringComponent
@Scope("prototype")
public class CallExports extends Div {

    Anchor csv = new Anchor();
    Anchor xlsx = new Anchor();
    Anchor scoresCsv = new Anchor();
    private final ProposalExport export;
    private final Events events;

    CallExports(ProposalExport export, Events events) {
        this.export = export;
        this.events = events;
        setId("call-exports");
        addClassName("call-exports");
    }

    public CallExports forCall(Call call) {
        removeAll();
        Event event = events.find(call.eventId()).orElseThrow();
        // The download handlers run outside this UI's request: the language is read here.
        Locale locale = getLocale();
        csv = Downloads.link("call-export-csv", () -> ProposalExport.fileName(event, call, ProposalExport.PROPOSALS,
                "csv"), "text/csv;charset=utf-8", () -> export.proposalsCsv(call, event, locale));
        csv.setText(getTranslation("call.export.proposals-csv") + " ↓");
        xlsx = Downloads.link("call-export-xlsx", () -> ProposalExport.fileName(event, call, ProposalExport.PROPOSALS,
                "xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                () -> export.proposalsXlsx(call, event, locale));
        xlsx.setText(getTranslation("call.export.proposals-xlsx") + " ↓");
        scoresCsv = Downloads.link("call-export-scores-csv", () -> ProposalExport.fileName(event, call,
                ProposalExport.SCORES, "csv"), "text/csv;charset=utf-8", () -> export.scoresCsv(call, event, locale));
        scoresCsv.setText(getTranslation("call.export.scores-csv") + " ↓");
        Div links = new Div(csv, xlsx, scoresCsv);
        links.addClassName("staff-tools");
        for (Anchor link : java.util.List.of(csv, xlsx, scoresCsv)) {
            link.addClassName("download-button");
        }
        add(new H3(getTranslation("call.export.title")), new Paragraph(getTranslation("call.export.text")), links);
        return this;
    }
}
