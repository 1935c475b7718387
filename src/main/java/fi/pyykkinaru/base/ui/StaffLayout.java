package fi.pyykkinaru.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.kiosk.PublicAddress;
import fi.pyykkinaru.kiosk.StandOnScreen;
import fi.pyykkinaru.kiosk.ThisStand;
import fi.pyykkinaru.storage.StorageHealth;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The staff console's frame: its sections, the switch that puts this browser into kiosk mode (which also
 * logs staff out, so the stand can leave kiosk mode again only through a staff login), and logging out. On every
 * page it says when the data folder is in trouble, and when phones cannot open the address on QR codes.
 */
// Signed-in people only; each view says which role it needs.
@PermitAll
@JsModule("./src/pk-link.js")
@CssImport("./styles/pyykkinaru.css")
@CssImport("./styles/a11y-keys.css")
public class StaffLayout extends Div implements RouterLayout, LocaleChangeObserver, AfterNavigationObserver {

    /** The line on every staff page while phones cannot open the address QR codes carry. */
    public static final String ADDRESS_WARNING = "address-warning";
    /** Same key as the kiosk guard (pk-kiosk.js) reads. */
    static final String KIOSK_FLAG = "pyykkinaru.kiosk";

    final Map<String, Anchor> sections = new LinkedHashMap<>();
    final Button kioskMode = new Button();
    final Button leaveKioskMode = new Button();
    final Button logout = new Button();
    final Div storageWarning = new Div();
    final Div addressWarning = new Div();
    final Span addressWarningText = new Span();
    final Button addressFix = new Button();
    final Div sampleBanner = new Div();
    private final Span sampleText = new Span();
    private final Anchor sampleLink = new Anchor("staff/events", "");
    private final Span standName = new Span();
    private final AuthenticationContext authentication;
    private final StorageHealth storage;
    private final PublicAddress address;
    private final Events events;

    StaffLayout(ThisStand stand, Events events, AuthenticationContext authentication, StorageHealth storage,
            PublicAddress address) {
        this.authentication = authentication;
        this.storage = storage;
        this.address = address;
        this.events = events;
        addClassName("staff-shell");
        // Before any event exists staff still get their console (to set one up).
        standName.setText(stand.onScreen() instanceof StandOnScreen shown
                ? shown.name() + " · " + shown.event().name() : stand.findEvent().map(Event::name).orElse(""));
        standName.addClassName("staff-stand");
        Nav nav = new Nav();
        nav.addClassName("staff-nav");
        // A reviewer of the open call who is nothing else sees only the review board: the rest would refuse them.
        boolean staff = authentication.hasRole("STAFF");
        section(nav, "staff-moderation", "staff", staff);
        section(nav, "staff-print", "staff/print", staff);
        section(nav, "staff-registrations", "staff/registrations", staff);
        section(nav, "staff-posters", "staff/posters", staff);
        section(nav, "staff-programme", "staff/programme", authentication.hasRole("ORGANISER"));
        section(nav, "staff-call", "staff/call", authentication.hasRole("ORGANISER") || authentication.hasRole("REVIEWER"));
        section(nav, "staff-harvest", "harvest", authentication.hasRole("ORGANISER"));
        section(nav, "staff-evaluation", "staff/evaluation", authentication.hasRole("ORGANISER"));
        section(nav, "staff-events", "staff/events", authentication.hasRole("ORGANISER"));
        section(nav, "staff-catalogue", "staff/catalogue", authentication.hasRole("ORGANISER"));
        section(nav, "staff-stands", "staff/stands", authentication.hasRole("ORGANISER"));
        section(nav, "staff-accounts", "staff/accounts", authentication.hasRole("ORGANISER"));
        section(nav, "staff-audit", "staff/audit", authentication.hasRole("ORGANISER"));
        kioskMode.setId("staff-kiosk-mode");
        kioskMode.addClassName("staff-kiosk");
        kioskMode.addClickListener(e -> enterKioskMode());
        leaveKioskMode.setId("staff-leave-kiosk-mode");
        leaveKioskMode.addClassName("staff-kiosk");
        leaveKioskMode.setVisible(false);
        leaveKioskMode.addClickListener(e -> leaveKioskMode());
        logout.setId("logout");
        logout.addClickListener(e -> authentication.logout());
        Div actions = new Div(leaveKioskMode, kioskMode, logout);
        actions.addClassName("staff-actions");
        Header header = new Header(standName, nav, actions);
        header.addClassName("staff-header");
        Main main = new Main();
        main.addClassName("staff-main");
        main.setId("staff-content");
        storageWarning.setId("storage-warning");
        storageWarning.addClassName("storage-warning");
        storageWarning.getElement().setAttribute("role", "alert");
        storageWarning.setVisible(false);
        addressWarning.setId(ADDRESS_WARNING);
        addressWarning.addClassName("address-warning");
        addressWarning.getElement().setAttribute("role", "status");
        addressWarning.setVisible(false);
        addressWarningText.addClassName("address-warning-text");
        addressFix.setId("address-warning-fix");
        addressFix.addClassName("address-warning-fix");
        addressFix.addClickListener(e -> chooseAddress());
        addressWarning.add(addressWarningText, addressFix);
        sampleBanner.setId("sample-banner");
        sampleBanner.addClassName("sample-banner");
        sampleLink.setId("sample-banner-link");
        sampleBanner.add(sampleText, sampleLink);
        sampleBanner.setVisible(false);
        add(new fi.pyykkinaru.kiosk.SkipLink("staff-content"), header, addressWarning, storageWarning, sampleBanner,
                main);
    }

    private void section(Nav nav, String id, String href, boolean visible) {
        Anchor link = new Anchor(href, "");
        link.setId(id);
        link.addClassName("staff-link");
        link.setVisible(visible);
        sections.put(href, link);
        nav.add(link);
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        Main main = (Main) getChildren().filter(Main.class::isInstance).findFirst().orElseThrow();
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showStorage();
        showAddress();
        // Said on every staff page while the sample event exists, so that nobody takes its slips for real ones.
        sampleBanner.setVisible(events.sample().isPresent());
        String path = event.getLocation().getPath();
        sections.forEach((href, link) -> {
            if (href.equals(path)) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }

    /** A full or read-only data folder is said on every staff page, with what to do. */
    private void showStorage() {
        StorageHealth.Status status = storage.status();
        storageWarning.setVisible(status.level() != StorageHealth.Level.OK);
        storageWarning.setText(switch (status.level()) {
            case OK -> "";
            case LOW -> getTranslation("storage.staff.low", status.freeMb());
            case STOPPED -> getTranslation(status.writable() ? "storage.staff.full" : "storage.staff.read-only", status.freeMb());
        });
    }

    /**
     * One compact line while the address QR codes carry is one no phone opens (the server's own, localhost), with
     * the way to fix it: printed posters and receipts with such a code lead nowhere.
     */
    void showAddress() {
        PublicAddress.Current now = address.current();
        addressWarning.setVisible(!now.reachable());
        addressWarningText.setText(now.reachable() ? "" : getTranslation("address.warning", now.address()));
    }

    /** The address panel in a dialog, on whichever page staff are: read-only for staff, changeable for organisers. */
    private void chooseAddress() {
        Dialog dialog = new Dialog();
        dialog.setId("address-dialog");
        dialog.addClassName("address-dialog");
        dialog.setHeaderTitle(getTranslation("address.title"));
        dialog.setMaxWidth("min(44rem, 96vw)");
        PhoneAddressPanel panel = new PhoneAddressPanel(address, authentication).onChange(this::showAddress);
        // The dialog's title says it already.
        panel.heading.setVisible(false);
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        close.setId("address-dialog-close");
        dialog.add(panel);
        dialog.getFooter().add(close);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                showAddress();
            }
        });
        dialog.open();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        addressFix.setText(getTranslation("address.warning.fix"));
        showAddress();
        sections.forEach((href, link) -> link.setText(getTranslation("staff.section." + link.getId().orElseThrow())));
        kioskMode.setText(getTranslation("staff.kiosk-mode"));
        leaveKioskMode.setText(getTranslation("staff.leave-kiosk-mode"));
        logout.setText(getTranslation("action.logout"));
        sampleText.setText(getTranslation("staff.sample.banner") + " ");
        sampleLink.setText(getTranslation("staff.sample.banner.link"));
        // Words are hyphenated by the page's language (pyykkinaru.css), as on the kiosk.
        getElement().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attach) {
        // Only a browser that is a kiosk (the launcher's flag) offers to stop being one.
        getElement().executeJs("try { return localStorage.getItem($0) === '1'; } catch (e) { return false; }", KIOSK_FLAG)
                .then(Boolean.class, leaveKioskMode::setVisible);
    }

    /** This browser stops being a kiosk (no on-screen keyboard, no touch lock) until it is put back. */
    private void leaveKioskMode() {
        getElement().executeJs("try { localStorage.removeItem($0); } catch (e) {}", KIOSK_FLAG);
        leaveKioskMode.setVisible(false);
    }

    /**
     * This browser becomes a kiosk again: the guard's flag is set, staff are logged out, and the visitor's start
     * page opens.
     */
    private void enterKioskMode() {
        UI.getCurrent().getPage().executeJs("try { localStorage.setItem($0, '1'); } catch (e) {}", KIOSK_FLAG);
        authentication.logout();
    }
}
