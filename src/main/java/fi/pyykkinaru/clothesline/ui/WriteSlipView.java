package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.UI;
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
import fi.pyykkinaru.clothesline.LineKind;
import fi.pyykkinaru.clothesline.PracticeSearch;
import fi.pyykkinaru.clothesline.PracticeSearch.Found;
import fi.pyykkinaru.clothesline.SlipVoice;
import fi.pyykkinaru.clothesline.SlipVoices;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Slip;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.SlipReceipts;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.clothesline.ui.SlipWriting.Step;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.i18n.LocalizedText;
import fi.pyykkinaru.kiosk.KioskLayout;
import fi.pyykkinaru.kiosk.StandOnScreen;
import fi.pyykkinaru.kiosk.TakesInput;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.kiosk.UnsavedWork;
import fi.pyykkinaru.printing.PrinterPurpose;
import fi.pyykkinaru.printing.Printers;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A visitor writes a slip: it comes out of the drum, the visitor fills it in, previews it, pegs it, watches it
 * fly to the line, is thanked, and the stand goes back to the wall on its own.
 */
@Route(value = "report/:line?", layout = KioskLayout.class)
@AnonymousAllowed
class WriteSlipView extends Div
        implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle, UnsavedWork, TakesInput {
    private static final Logger log = LoggerFactory.getLogger(WriteSlipView.class);

    final LineChooser chooser;
    final H1 prompt = new H1();
    final Paragraph help = new Paragraph();
    final SlipFormStep formStep = new SlipFormStep();
    final SlipPreviewStep previewStep = new SlipPreviewStep();
    final SlipThanksStep thanksStep = new SlipThanksStep();
    private final Event event;
    private final List<Line> lines;
    private final String standName;
    private final Slips slips;
    private final SlipReceipts receipts;
    private final boolean receiptPrinter;
    /** This stand's own receipt printer (null: the settings file's). */
    private final @Nullable String receiptPrinterAddress;
    private @Nullable SlipWriting writing;
    private final PracticeSearch search;
    private final SlipVoices voices;
    /** The +1 dialog, while open; a voice given ends the visit like a pegged slip. */
    @Nullable VoiceDialog voiceDialog;
    private boolean voiced;
    private QueryParameters voicedWall = QueryParameters.empty();

    WriteSlipView(ThisStand stand, Lines lineService, Slips slips, SlipReceipts receipts, Printers printers,
            PracticeSearch search, SlipVoices voices) {
        this.search = search;
        this.voices = voices;
        StandOnScreen onScreen = stand.current();
        this.event = onScreen.event();
        // A closed line and a catalogue stay on the wall but are not written on.
        this.lines = lineService.shown(event.requireId(), onScreen.lineCodes()).stream().filter(Line::takesSlips)
                .toList();
        this.standName = onScreen.name();
        this.slips = slips;
        this.receipts = receipts;
        this.receiptPrinterAddress = stand.printer("receipt").orElse(null);
        this.receiptPrinter = printers.address(PrinterPurpose.RECEIPT, receiptPrinterAddress).isPresent();
        setId("report");
        addClassName("report");

        Div drum = new Div(new Div());
        drum.addClassName("report-drum");
        drum.getElement().setAttribute("aria-hidden", "true");
        chooser = new LineChooser(lines, this::chooseLine);
        prompt.addClassName("report-prompt");
        help.setId("report-help");
        help.addClassName("report-help");
        formStep.cancel.addClickListener(e -> cancel());
        formStep.preview.addClickListener(e -> showPreview());
        previewStep.edit.addClickListener(e -> edit());
        previewStep.peg.addClickListener(e -> pegSlip());
        thanksStep.printReceipt.addClickListener(e -> printReceipt());
        thanksStep.done.addClickListener(e -> backToWall());
        add(drum, chooser, prompt, help, formStep, previewStep, thanksStep);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        if (lines.isEmpty()) {
            navigation.forwardTo("");
            return;
        }
        String code = navigation.getRouteParameters().get("line").orElse(lines.getFirst().code());
        Line chosen = lines.stream().filter(l -> l.code().equals(code)).findFirst().orElse(lines.getFirst());
        if (writing == null || !chosen.equals(writing.line())) {
            startSlip(chosen);
        }
    }

    /** A slip started and checked off screen, nothing saved: warms a freshly started server for the first visitor. */
    void rehearse(Line line) {
        startSlip(line);
        slips.check(line, formStep.form().draft());
        previewStep.show(formStep.form().draft());
    }

    private void startSlip(Line line) {
        writing = new SlipWriting(line);
        voiced = false;
        formStep.start(line.kind(), line.themed(), event.offeredThemes(), event.regionList(), this::chooseAlreadyHere);
        if (line.kind() == LineKind.PRACTICE) {
            SlipForm form = formStep.form();
            form.title.addValueChangeListener(e -> form.alreadyHere.show(
                    search.alreadyHere(event.requireId(), e.getValue(), AlreadyHere.SHOWN)));
        }
        chooser.press(line);
        show();
        localize();
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        if (writing != null) {
            localize();
        }
    }

    private void localize() {
        prompt.setText(writing().line().prompt().in(getLocale()));
        LocalizedText helpText = writing().line().help();
        help.setText(helpText == null ? "" : helpText.in(getLocale()));
        chooser.localize();
        formStep.localize();
        previewStep.localize();
        thanksStep.localize();
    }

    @Override
    public String getPageTitle() {
        return (writing == null ? "" : writing.line().prompt().in(getLocale()) + " – ") + event.name();
    }

    private void show() {
        Step step = writing().step();
        formStep.setVisible(step == Step.FORM);
        previewStep.setVisible(step == Step.PREVIEW);
        thanksStep.setVisible(step == Step.THANKS);
        chooser.setVisible(step == Step.FORM && chooser.offersChoice());
        prompt.setVisible(step != Step.THANKS);
        help.setVisible(step == Step.FORM && writing().line().help() != null);
    }

    private void chooseLine(Line line) {
        UI.getCurrent().navigate(WriteSlipView.class, new RouteParameters("line", line.code()));
    }

    private void cancel() {
        UI.getCurrent().navigate("");
    }

    private void showPreview() {
        SlipForm form = formStep.form();
        List<FieldProblem> problems = slips.check(writing().line(), form.draft());
        form.show(problems);
        if (!problems.isEmpty()) {
            form.firstInvalid().filter(Focusable.class::isInstance).map(Focusable.class::cast)
                    .ifPresent(Focusable::focus);
            return;
        }
        previewStep.show(form.draft());
        writing().previewed();
        show();
        focus(prompt);
        readBack(form.draft());
    }

    /**
     * The control that moved the visitor on is hidden with its step: the focus goes to the new step's heading, for
     * a keyboard user to go on from there and a screen reader to read it, instead of falling back to the page's top.
     */
    private static void focus(com.vaadin.flow.component.Component heading) {
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().executeJs("requestAnimationFrame(() => this.focus({ preventScroll: true }))");
    }

    /**
     * With speech on, the slip is read back before it is pegged, for a visitor who cannot read it well
     * (frontend/src/pk-speech.js says it only when the visitor switched speech on).
     */
    private void readBack(SlipDraft draft) {
        String title = Objects.requireNonNullElse(draft.title(), "");
        String slip = getTranslation("write.preview.hint") + " " + title + (title.matches(".*[.!?]$") ? " " : ". ")
                + Objects.requireNonNullElse(draft.body(), "");
        getElement().executeJs("document.dispatchEvent(new CustomEvent('pk-speak', {detail: {text: $0}}))", slip);
    }

    /** The visitor tapped a practice that seems to be theirs: +1 it, or report of it (a catalogue entry). */
    private void chooseAlreadyHere(Found found) {
        if (voiceDialog != null) {
            voiceDialog.close();
        }
        VoiceDialog dialog = new VoiceDialog(found, comment -> addVoice(found, comment),
                () -> formStep.form().link(found.id(), found.title()), this::backToWall);
        // A child of the view, so that it goes with the view when the visit ends.
        add(dialog);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                remove(dialog);
            }
        });
        voiceDialog = dialog;
        dialog.open();
    }

    private void addVoice(Found found, String comment) {
        VoiceDialog dialog = java.util.Objects.requireNonNull(voiceDialog);
        SlipVoice voice;
        try {
            voice = found.kind() == Found.Kind.SLIP ? voices.addToSlip(found.id(), comment, standName)
                    : voices.addToEntry(found.id(), comment, standName);
        } catch (InvalidSlipException e) {
            FieldProblem problem = e.problems().getFirst();
            dialog.failed(getTranslation(problem.messageKey(), problem.args().toArray()));
            return;
        } catch (RuntimeException e) {
            // The slip was hidden meanwhile, or the disk failed: nothing was saved, the visitor may try again.
            log.error("Could not add a voice to {} {}", found.kind(), found.id(), e);
            dialog.failed(getTranslation("voice.failed"));
            return;
        }
        voiced = true;
        long count = (found.kind() == Found.Kind.SLIP ? voices.ofSlips(List.of(found.id()))
                : voices.ofEntries(List.of(found.id()))).getOrDefault(found.id(), 1L);
        dialog.thanked(count, voice.status());
        voicedWall = found.kind() == Found.Kind.SLIP ? QueryParameters.of("pinned", String.valueOf(found.id()))
                : QueryParameters.empty();
        KioskLayout.thankThenEndVisit(this, voicedWall);
    }

    private void edit() {
        writing().editing();
        show();
        focus(prompt);
    }

    private void pegSlip() {
        SlipWriting slip = writing();
        Slip pegged;
        try {
            pegged = slips.peg(slip.line().requireId(), formStep.form().draft(), standName);
        } catch (InvalidSlipException e) {
            formStep.form().show(e.problems());
            slip.editing();
            show();
            return;
        } catch (RuntimeException e) {
            // The database or disk failed: the visitor keeps the slip on screen and may try again.
            log.error("Could not peg a slip on line {}", slip.line().code(), e);
            previewStep.saveFailed();
            return;
        }
        slip.pegged(pegged);
        thanksStep.show(pegged, receiptPrinter);
        show();
        focus(thanksStep.title);
        KioskLayout.thankThenEndVisit(this, wall());
    }

    private void printReceipt() {
        Slip pegged = writing().pegged().orElse(null);
        if (pegged == null) {
            return;
        }
        try {
            receipts.print(pegged.requireId(), getLocale(), receiptPrinterAddress);
            thanksStep.receiptQueued();
        } catch (RuntimeException e) {
            // Already printed, or the printer's queue could not take it: the desk can print it from the console.
            log.warn("Receipt of slip {} was not queued: {}", pegged.id(), e.getMessage());
            thanksStep.receiptAtTheDesk();
        }
    }

    private void backToWall() {
        KioskLayout.endVisit(this, voiced ? voicedWall : wall());
    }

    /** The wall shows the writer's slip, if it hangs there already (a held one waits for moderation). */
    private QueryParameters wall() {
        return writing().onTheWall().map(onWall -> QueryParameters.of("pinned", String.valueOf(onWall.requireId())))
                .orElseGet(QueryParameters::empty);
    }

    /** Something typed and not yet pegged, which Done asks about before throwing it away. */
    @Override
    public boolean hasUnsavedWork() {
        return writing != null && writing.step() != Step.THANKS && !voiced && formStep.form().typedAnything();
    }

    @Override
    public void askBeforeLeaving(Runnable leave) {
        // Unsent text can be written again but not brought back: the visitor says so, without a confirm word.
        new Confirmation(getTranslation("kiosk.leave.title"), getTranslation("kiosk.leave.question"),
                getTranslation("kiosk.leave.discard"), leave).cancelLabel(getTranslation("kiosk.leave.keep")).open();
    }

    /** Every step is shown only once navigation has chosen a line and started its slip. */
    private SlipWriting writing() {
        return Objects.requireNonNull(writing, "a slip is started when its line is chosen");
    }
}
