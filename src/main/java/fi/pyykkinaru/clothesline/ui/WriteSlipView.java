package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.pyykkinaru.clothesline.FieldProblem;
import fi.pyykkinaru.clothesline.InvalidSlipException;
import fi.pyykkinaru.clothesline.Line;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Slip;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.SlipStatus;
import fi.pyykkinaru.clothesline.SlipReceipts;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.printing.PrinterPurpose;
import fi.pyykkinaru.printing.Printers;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.kiosk.KioskLayout;
import fi.pyykkinaru.kiosk.Stand;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A visitor writes a slip: it comes out of the drum, the visitor fills it in, previews it, pegs it, watches it
 * fly to the line, is thanked, and the stand goes back to the wall on its own.
 */
@Route(value = "report/:line?", layout = KioskLayout.class)
@AnonymousAllowed
class WriteSlipView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final int BACK_TO_WALL_MILLIS = 7000;
    private static final Logger log = LoggerFactory.getLogger(WriteSlipView.class);

    enum Step { FORM, PREVIEW, THANKS }

    final Div chooser = new Div();
    final H1 prompt = new H1();
    final Div formStep = new Div();
    final Div previewStep = new Div();
    final Div thanksStep = new Div();
    final Button cancel = new Button();
    final Button preview = new Button();
    final Paragraph previewHint = new Paragraph();
    final Div previewSlot = new Div();
    final Paragraph previewBody = new Paragraph();
    final Paragraph saveError = new Paragraph();
    final Button edit = new Button();
    final Button peg = new Button();
    final H1 thanksTitle = new H1();
    final Paragraph thanksText = new Paragraph();
    final Div flyingSlot = new Div();
    final Button done = new Button();
    final Button printReceipt = new Button();
    final Paragraph receiptStatus = new Paragraph();
    SlipForm form;
    private final Event event;
    private final List<Line> lines;
    private final Slips slips;
    private final Stand stand;
    private Line line;
    private Step step = Step.FORM;
    private @Nullable Slip pegged;

    private final SlipReceipts receipts;
    private final boolean receiptPrinter;

    WriteSlipView(Stand stand, Lines lineService, Slips slips, SlipReceipts receipts, Printers printers) {
        this.receipts = receipts;
        this.receiptPrinter = printers.address(PrinterPurpose.RECEIPT).isPresent();
        this.stand = stand;
        this.slips = slips;
        this.event = stand.event();
        this.lines = lineService.shown(event.id(), stand.lineCodes());
        setId("report");
        addClassName("report");

        Div drum = new Div(new Div());
        drum.addClassName("report-drum");
        drum.getElement().setAttribute("aria-hidden", "true");
        chooser.addClassName("report-lines");
        chooser.getElement().setAttribute("role", "group");
        for (Line l : lines) {
            Button choice = new Button("", e -> UI.getCurrent().navigate(WriteSlipView.class,
                    new RouteParameters("line", l.code())));
            choice.setId("report-line-" + l.code());
            choice.addClassName("choice");
            chooser.add(choice);
        }
        chooser.setVisible(lines.size() > 1);
        prompt.addClassName("report-prompt");

        cancel.setId("slip-cancel");
        cancel.addClassName("big-button");
        cancel.addClickListener(e -> UI.getCurrent().navigate(""));
        preview.setId("slip-preview");
        preview.addClassNames("big-button", "primary");
        preview.addClickListener(e -> showPreview());
        Div formActions = new Div(cancel, preview);
        formActions.addClassName("actions");
        formStep.addClassNames("report-step", "slip-paper");
        formStep.add(formActions);

        previewHint.addClassName("report-hint");
        previewSlot.addClassName("preview-slot");
        previewBody.addClassName("preview-body");
        saveError.setId("slip-save-error");
        saveError.addClassName("error-banner");
        saveError.getElement().setAttribute("role", "alert");
        saveError.setVisible(false);
        edit.setId("slip-edit");
        edit.addClassName("big-button");
        edit.addClickListener(e -> show(Step.FORM));
        peg.setId("slip-pin");
        peg.addClassNames("big-button", "primary");
        peg.setDisableOnClick(true);
        peg.addClickListener(e -> pegSlip());
        Div previewActions = new Div(edit, peg);
        previewActions.addClassName("actions");
        previewStep.addClassName("report-step");
        previewStep.add(previewHint, previewSlot, previewBody, saveError, previewActions);

        thanksStep.setId("slip-thanks");
        thanksStep.addClassNames("report-step", "thanks");
        flyingSlot.addClassName("flying-slot");
        done.setId("slip-done");
        done.addClassNames("big-button", "primary");
        done.addClickListener(e -> backToWall());
        printReceipt.setId("slip-print");
        printReceipt.addClassName("big-button");
        printReceipt.setDisableOnClick(true);
        printReceipt.addClickListener(e -> printReceipt());
        receiptStatus.setId("slip-print-status");
        receiptStatus.getElement().setAttribute("role", "status");
        thanksStep.add(flyingSlot, thanksTitle, thanksText, receiptStatus, printReceipt, done);

        add(drum, chooser, prompt, formStep, previewStep, thanksStep);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        if (lines.isEmpty()) {
            navigation.forwardTo("");
            return;
        }
        String code = navigation.getRouteParameters().get("line").orElse(lines.getFirst().code());
        Line chosen = lines.stream().filter(l -> l.code().equals(code)).findFirst().orElse(lines.getFirst());
        if (!chosen.equals(line)) {
            line = chosen;
            startSlip();
        }
    }

    private void startSlip() {
        if (form != null) {
            formStep.remove(form);
        }
        form = new SlipForm(line.kind(), event.themes());
        formStep.addComponentAsFirst(form);
        chooser.getChildren().forEach(c -> c.getElement().setAttribute("aria-pressed",
                String.valueOf(c.getId().orElse("").equals("report-line-" + line.code()))));
        show(Step.FORM);
        localize();
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        if (line != null) {
            localize();
        }
    }

    private void localize() {
        prompt.setText(line.prompt().in(getLocale()));
        chooser.getElement().setAttribute("aria-label", getTranslation("write.choose-line"));
        for (int i = 0; i < lines.size(); i++) {
            ((Button) chooser.getComponentAt(i)).setText(lines.get(i).prompt().in(getLocale()));
        }
        cancel.setText(getTranslation("action.cancel"));
        preview.setText(getTranslation("write.preview"));
        previewHint.setText(getTranslation("write.preview.hint"));
        edit.setText(getTranslation("write.edit"));
        peg.setText(getTranslation("write.peg"));
        saveError.setText(getTranslation("write.save-failed"));
        thanksTitle.setText(getTranslation("write.thanks"));
        thanksText.setText(getTranslation(pegged != null && pegged.status() != SlipStatus.PUBLISHED
                ? "write.thanks.held" : "write.thanks.pegged"));
        done.setText(getTranslation("write.back"));
        printReceipt.setText(getTranslation("write.print"));
        form.localize();
    }

    @Override
    public String getPageTitle() {
        return (line == null ? "" : line.prompt().in(getLocale()) + " – ") + event.name();
    }

    private void show(Step next) {
        step = next;
        formStep.setVisible(step == Step.FORM);
        previewStep.setVisible(step == Step.PREVIEW);
        thanksStep.setVisible(step == Step.THANKS);
        chooser.setVisible(step == Step.FORM && lines.size() > 1);
        prompt.setVisible(step != Step.THANKS);
    }

    private void showPreview() {
        List<FieldProblem> problems = slips.check(line, form.draft());
        form.show(problems);
        if (!problems.isEmpty()) {
            form.firstInvalid().filter(Focusable.class::isInstance).map(Focusable.class::cast)
                    .ifPresent(Focusable::focus);
            return;
        }
        SlipDraft draft = form.draft();
        SlipCard card = new SlipCard(0);
        card.addClassName("slip--large");
        card.show(draft.title(), draft.region());
        previewSlot.removeAll();
        previewSlot.add(card);
        previewBody.setText(draft.body() == null ? "" : draft.body());
        saveError.setVisible(false);
        peg.setEnabled(true);
        show(Step.PREVIEW);
    }

    private void pegSlip() {
        try {
            pegged = slips.peg(line.requireId(), form.draft(), stand.name());
        } catch (InvalidSlipException e) {
            form.show(e.problems());
            show(Step.FORM);
            return;
        } catch (RuntimeException e) {
            // The database or disk failed: the visitor keeps the slip on screen and may try again.
            log.error("Could not peg a slip on line {}", line.code(), e);
            saveError.setVisible(true);
            peg.setEnabled(true);
            return;
        }
        printReceipt.setVisible(receiptPrinter && pegged.status() == SlipStatus.PUBLISHED);
        printReceipt.setEnabled(true);
        receiptStatus.setText("");
        SlipCard flying = new SlipCard(pegged.requireId());
        flying.addClassNames("slip--large", "slip--flying");
        flying.show(pegged.title(), pegged.region());
        flyingSlot.removeAll();
        flyingSlot.add(flying);
        localize();
        show(Step.THANKS);
        getElement().executeJs("setTimeout(() => this.$server && this.$server.backToWall(), $0)", BACK_TO_WALL_MILLIS);
    }

    private void printReceipt() {
        Slip slip = pegged;
        if (slip == null) {
            return;
        }
        try {
            receipts.print(slip.requireId(), getLocale());
            receiptStatus.setText(getTranslation("write.print.queued"));
        } catch (RuntimeException e) {
            // Already printed, or the printer's queue could not take it: the desk can print it from the console.
            log.warn("Receipt of slip {} was not queued: {}", slip.id(), e.getMessage());
            receiptStatus.setText(getTranslation("write.print.desk"));
        }
        printReceipt.setVisible(false);
    }

    @ClientCallable
    void backToWall() {
        if (step != Step.THANKS || !isAttached()) {
            return;
        }
        UI ui = getUI().orElseThrow();
        if (pegged != null && pegged.status() == SlipStatus.PUBLISHED) {
            ui.navigate("", QueryParameters.of("pinned", String.valueOf(pegged.requireId())));
        } else {
            ui.navigate("");
        }
    }
}
