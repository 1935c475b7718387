package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.pyykkinaru.clothesline.Catalogue;
import fi.pyykkinaru.clothesline.SlipVoices;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.clothesline.WallSlip;
import fi.pyykkinaru.kiosk.KioskLayout;
import fi.pyykkinaru.kiosk.NotFound;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.kiosk.ThisStand;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One slip's own page, which the QR code on its paper receipt opens (on a phone or at the stand): the slip
 * read large and the way to it on the wall. A hidden or unknown slip gets the app's not-found page, which says so.
 */
@Route(value = "slip/:id", layout = KioskLayout.class)
@AnonymousAllowed
class SlipPageView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    final Button toWall = new Button();
    private final Slips slips;
    private final ThisStand stand;
    private final Clock clock;
    private final Catalogue catalogue;
    private @Nullable WallSlip slip;

    private final SlipVoices voices;

    SlipPageView(Slips slips, ThisStand stand, Clock clock, Catalogue catalogue, SlipVoices voices) {
        this.catalogue = catalogue;
        this.voices = voices;
        this.slips = slips;
        this.stand = stand;
        this.clock = clock;
        setId("slip-page");
        addClassName("slip-page");
        toWall.setId("slip-to-wall");
        toWall.addClassNames("big-button", "primary");
        toWall.addClickListener(e -> {
            WallSlip shown = slip;
            UI.getCurrent().navigate("", shown == null ? QueryParameters.empty()
                    : QueryParameters.of("pinned", String.valueOf(shown.id())));
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        removeAll();
        slip = navigation.getRouteParameters().get("id").flatMap(SlipPageView::number).flatMap(slips::published)
                .orElse(null);
        if (slip == null) {
            // A receipt's address whose slip is hidden or gone: the app's not-found page, with HTTP 404.
            NotFound.show(navigation, "slip.page.not-found");
            return;
        }
        // A phone opening a receipt shows the slip even where no stand or event is set up here.
        SlipDetail detail = new SlipDetail(slip, stand.findEvent().map(Event::themes).orElse(List.of()), clock.getZone());
        catalogue.ofSlip(slip.id()).ifPresent(entry -> detail.inCatalogue(entry, null));
        detail.voices(voices.ofSlips(List.of(slip.id())).getOrDefault(slip.id(), 0L), voices.commentsOfSlip(slip.id()));
        // The slip's title heads its own page, as the one first-level heading (in a dialog it is the second).
        detail.title.getElement().setAttribute("role", "heading");
        detail.title.getElement().setAttribute("aria-level", "1");
        add(detail, toWall);
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        toWall.setText(getTranslation("slip.page.wall"));
    }

    @Override
    public String getPageTitle() {
        return slip == null ? getTranslation("slip.page.not-found") : slip.title();
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
