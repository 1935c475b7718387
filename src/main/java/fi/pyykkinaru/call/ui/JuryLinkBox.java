package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fi.pyykkinaru.printing.QrCodes;
import java.util.Base64;

/**
 * A private link shown once, when it is made (a jury member's, a pitcher's): as text to copy and as a QR code to show
 * to a phone or to print. Only the link's hash is kept, so it cannot be shown again later.
 */
class JuryLinkBox extends Div {

    final Span heading = new Span();
    final Anchor address = new Anchor();
    final Image qr = new Image();
    private final Paragraph once = new Paragraph();
    private final QrCodes qrCodes;

    JuryLinkBox(String id, QrCodes qrCodes) {
        this.qrCodes = qrCodes;
        setId(id);
        addClassName("jury-link");
        heading.addClassName("jury-link-heading");
        address.setId(id + "-address");
        address.addClassName("jury-link-address");
        address.setTarget("_blank");
        qr.addClassName("jury-link-qr");
        qr.setWidth("240px");
        qr.setHeight("240px");
        add(heading, address, qr, once);
        setVisible(false);
    }

    void show(String headingText, String url) {
        heading.setText(headingText);
        address.setHref(url);
        address.setText(url);
        qr.setSrc("data:image/png;base64," + Base64.getEncoder().encodeToString(qrCodes.png(url, 480)));
        qr.setAlt(headingText);
        once.setText(getTranslation("call.jury.link.once"));
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }
}
