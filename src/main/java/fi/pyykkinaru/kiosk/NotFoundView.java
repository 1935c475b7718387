package fi.pyykkinaru.kiosk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What an address the app does not know shows, instead of Vaadin's page that lists the routes: a plain word in the
 * visitor's language, in the stand's frame (so an idle stand still resets), and a way on — to the clothesline, to
 * the staff console for a staff address, and on a phone also to the page for a poster's session code.
 */
@ParentLayout(KioskLayout.class)
@AnonymousAllowed
class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, LocaleChangeObserver,
        HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph reason = new Paragraph();
    final Button home = new Button();
    final Anchor code = new Anchor("/s", "");
    private String reasonKey = NotFound.DEFAULT_REASON;
    private boolean staff;

    NotFoundView() {
        setId("not-found");
        addClassName("not-found");
        home.setId("not-found-home");
        home.addClassNames("big-button", "primary");
        home.addClickListener(e -> UI.getCurrent().navigate(staff ? "staff" : ""));
        code.setId("not-found-code");
        code.addClassName("not-found-code");
        // The code page is a plain page of its own, not one of Vaadin's routes.
        code.getElement().setAttribute("router-ignore", true);
        add(title, reason, home, code);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        // Vaadin's own message names the routes it knows and the path asked for: never shown, only our keys are.
        reasonKey = NotFound.reasonKey(parameter.getCustomMessage());
        staff = "staff".equals(event.getLocation().getFirstSegment());
        texts();
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        texts();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.title") + " – Pyykkinaru";
    }

    private void texts() {
        title.setText(getTranslation("not-found.title"));
        reason.setText(getTranslation(reasonKey));
        home.setText(getTranslation(staff ? "not-found.staff" : "not-found.home"));
        code.setText(getTranslation("not-found.code"));
        code.setVisible(!staff);
    }
}
