package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import fi.pyykkinaru.clothesline.Slip;
import fi.pyykkinaru.clothesline.SlipStatus;

/** The pegged slip flying to its line, the thanks, the receipt to print, and the way back to the wall. */
class SlipThanksStep extends Div {

    final Div flyingSlot = new Div();
    final H1 title = new H1();
    final Paragraph text = new Paragraph();
    final Paragraph receiptStatus = new Paragraph();
    final Button printReceipt = new Button();
    final Button done = new Button();
    private boolean held;

    SlipThanksStep() {
        setId("slip-thanks");
        addClassNames("report-step", "thanks");
        flyingSlot.addClassName("flying-slot");
        done.setId("slip-done");
        done.addClassNames("big-button", "primary");
        printReceipt.setId("slip-print");
        printReceipt.addClassName("big-button");
        printReceipt.setDisableOnClick(true);
        receiptStatus.setId("slip-print-status");
        receiptStatus.getElement().setAttribute("role", "status");
        add(flyingSlot, title, text, receiptStatus, printReceipt, done);
    }

    /** No receipt for a held slip: its page, where the receipt's QR code points, shows only slips on the wall. */
    void show(Slip pegged, boolean receiptPrinter) {
        held = pegged.status() != SlipStatus.PUBLISHED;
        printReceipt.setVisible(receiptPrinter && !held);
        printReceipt.setEnabled(true);
        receiptStatus.setText("");
        SlipCard flying = new SlipCard(pegged.requireId());
        flying.addClassNames("slip--large", "slip--flying");
        flying.show(pegged.title(), pegged.region());
        flyingSlot.removeAll();
        flyingSlot.add(flying);
        localize();
    }

    void receiptQueued() {
        receiptStatus.setText(getTranslation("write.print.queued"));
        printReceipt.setVisible(false);
    }

    void receiptAtTheDesk() {
        receiptStatus.setText(getTranslation("write.print.desk"));
        printReceipt.setVisible(false);
    }

    void localize() {
        title.setText(getTranslation("write.thanks"));
        text.setText(held ? getTranslation("write.thanks.held") : getTranslation("write.thanks.pegged"));
        done.setText(getTranslation("write.back"));
        printReceipt.setText(getTranslation("write.print"));
    }
}
