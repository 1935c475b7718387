package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.pyykkinaru.clothesline.CatalogueEntry;
import fi.pyykkinaru.clothesline.CatalogueReceipts;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.printing.PrinterPurpose;
import fi.pyykkinaru.printing.Printers;
import fi.pyykkinaru.printing.QrCodes;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * A catalogue entry opened large on the wall: what the practice is, who runs it and where, and a QR code to its page
 * in the catalogue so that the visitor reads on with their phone; "take it with you" prints it on the stand's
 * receipt printer. Made by Spring for each opening (the wall and its search both open entries), so that it can
 * reach the printer.
 */
@Component
@Scope("prototype")
public class CatalogueEntryDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(CatalogueEntryDialog.class);
    // Pixels of the QR image: drawn at half this on screen, so that a stand's high-density screen shows it crisp.
    private static final int QR_PIXELS = 560;

    final Span kicker = new Span();
    final H2 title = new H2();
    final Div facts = new Div();
    final Paragraph summary = new Paragraph();
    final Image qr = new Image();
    final Paragraph qrHint = new Paragraph();
    final Span address = new Span();
    /** On a phone the QR code is of no use: the catalogue's page is a link there instead (CSS shows one or the other). */
    final Anchor openLink = new Anchor();
    final Button print = new Button();
    final Paragraph printStatus = new Paragraph();
    final Button close = new Button();
    private final CatalogueReceipts receipts;
    private final QrCodes qrCodes;
    private final Lines lines;
    private final @Nullable String receiptPrinter;
    private final boolean canPrint;
    private @Nullable CatalogueEntry shown;

    CatalogueEntryDialog(CatalogueReceipts receipts, QrCodes qrCodes, Lines lines, ThisStand stand, Printers printers) {
        this.receipts = receipts;
        this.qrCodes = qrCodes;
        this.lines = lines;
        this.receiptPrinter = stand.printer("receipt").orElse(null);
        this.canPrint = printers.address(PrinterPurpose.RECEIPT, receiptPrinter).isPresent();
        setId("catalogue-dialog");
        addClassName("catalogue-dialog");
        kicker.addClassName("catalogue-dialog-kicker");
        title.setId("catalogue-dialog-title");
        facts.addClassName("slip-dialog-facts");
        summary.setId("catalogue-dialog-summary");
        summary.addClassName("slip-dialog-body");
        qr.setId("catalogue-qr");
        qr.addClassName("catalogue-qr");
        qrHint.addClassName("catalogue-qr-hint");
        address.setId("catalogue-url");
        address.addClassName("catalogue-url");
        Div text = new Div(kicker, title, facts, summary);
        text.addClassName("catalogue-dialog-text");
        openLink.setId("catalogue-open");
        openLink.addClassName("catalogue-open");
        openLink.setTarget("_blank");
        openLink.getElement().setAttribute("rel", "noopener noreferrer");
        Div code = new Div(qr, qrHint, openLink, address);
        code.addClassName("catalogue-dialog-code");
        Div body = new Div(text, code);
        body.addClassName("catalogue-dialog-body");
        add(body);
        print.setId("catalogue-print");
        print.addClassNames("big-button", "primary", "catalogue-print");
        print.setDisableOnClick(true);
        print.addClickListener(e -> print());
        printStatus.setId("catalogue-print-status");
        printStatus.addClassName("catalogue-print-status");
        printStatus.getElement().setAttribute("role", "status");
        close.setId("catalogue-dialog-close");
        close.addClassName("big-button");
        close.addClickListener(e -> close());
        getFooter().add(printStatus, print, close);
    }

    /** Shows the entry and opens the dialog. */
    public void open(CatalogueEntry entry) {
        shown = entry;
        getElement().setAttribute("aria-label", entry.title());
        kicker.setText(lines.find(entry.lineId()).map(l -> l.prompt().in(getLocale()))
                .orElse(getTranslation("catalogue.dialog.kicker")));
        title.setText(entry.title());
        facts.removeAll();
        if (entry.organisation() != null) {
            facts.add(SlipDetail.fact(getTranslation("slip.organisation.short"), entry.organisation()));
        }
        if (entry.region() != null) {
            facts.add(SlipDetail.fact(getTranslation("slip.region"), getTranslation(entry.region().labelKey())));
        }
        if (entry.themes() != null) {
            facts.add(SlipDetail.fact(getTranslation("slip.themes"), entry.themes()));
        }
        summary.setText(entry.summary() == null ? "" : entry.summary());
        summary.setVisible(entry.summary() != null);
        qr.setSrc("data:image/png;base64," + Base64.getEncoder().encodeToString(qrCodes.png(entry.url(), QR_PIXELS)));
        qr.setAlt(getTranslation("catalogue.dialog.qr", entry.title()));
        qrHint.setText(getTranslation("catalogue.dialog.qr-hint"));
        address.setText(entry.url());
        openLink.setHref(entry.url());
        openLink.setText(getTranslation("catalogue.dialog.open"));
        print.setText(getTranslation("catalogue.dialog.print"));
        print.setVisible(canPrint);
        print.setEnabled(true);
        printStatus.setText("");
        close.setText(getTranslation("action.close"));
        open();
    }

    private void print() {
        CatalogueEntry entry = shown;
        if (entry == null) {
            return;
        }
        try {
            receipts.print(entry.requireId(), getLocale(), receiptPrinter);
            printStatus.setText(getTranslation("catalogue.dialog.printed"));
        } catch (RuntimeException e) {
            log.warn("Receipt of catalogue entry {} was not queued: {}", entry.id(), e.getMessage());
            printStatus.setText(getTranslation("catalogue.dialog.print-failed"));
            print.setEnabled(true);
        }
    }
}
