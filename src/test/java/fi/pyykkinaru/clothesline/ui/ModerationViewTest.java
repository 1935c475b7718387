package fi.pyykkinaru.clothesline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fi.pyykkinaru.PyykkinaruTest;
import com.vaadin.flow.component.combobox.ComboBox;
import fi.pyykkinaru.clothesline.Catalogue;
import fi.pyykkinaru.clothesline.CatalogueEntry;
import fi.pyykkinaru.clothesline.Lines;
import fi.pyykkinaru.clothesline.Slip;
import fi.pyykkinaru.clothesline.SlipDraft;
import fi.pyykkinaru.clothesline.SlipStatus;
import fi.pyykkinaru.clothesline.Slips;
import fi.pyykkinaru.event.Region;
import fi.pyykkinaru.kiosk.ThisStand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@PyykkinaruTest
class ModerationViewTest extends SpringBrowserlessTest {

    @Autowired Slips slips;
    @Autowired Lines lines;
    @Autowired ThisStand stand;
    @Autowired Catalogue catalogue;

    @Test
    @WithMockUser(roles = "STAFF")
    void staff_hide_an_offensive_slip_from_the_wall() {
        var line = lines.shown(stand.event().id(), stand.current().lineCodes()).getLast();
        Slip slip = slips.peg(line.requireId(), SlipDraft.answer("Loukkaava lappu", "Koko teksti, jonka tarkistaja lukee.",
                Region.POHJANMAA), null);
        ModerationView view = navigate(ModerationView.class);
        test(view.filters.get(SlipStatus.PUBLISHED)).click();

        var grid = test(view.grid);
        assertThat(grid.getRow(0).id()).as("newest first").isEqualTo(slip.id());
        assertThat(((Div) grid.getCellComponent(0, 2)).getElement().getTextRecursively())
                .as("staff read the whole slip, not its title only")
                .contains("Loukkaava lappu", "Koko teksti, jonka tarkistaja lukee.", "Pohjanmaa");
        assertThat(((Span) grid.getCellComponent(0, 3)).getText()).isEqualTo("Narulla");
        Button hide = (Button) ((Div) grid.getCellComponent(0, 4)).getChildren()
                .filter(c -> c.getId().orElse("").equals("moderation-hidden-" + slip.id())).findFirst().orElseThrow();

        test(hide).click();
        assertThat(slips.published(slip.requireId())).as("hiding asks first").isPresent();
        test($(Button.class).withId("confirm-ok").single()).click();

        assertThat(slips.published(slip.requireId())).isEmpty();
        test(view.filters.get(SlipStatus.HIDDEN)).click();
        assertThat(test(view.grid).getRow(0).id()).isEqualTo(slip.id());
        assertThat(((Span) test(view.grid).getCellComponent(0, 3)).getText()).isEqualTo("Piilotettu");
    }

    @Test
    @WithMockUser(roles = {"STAFF", "ORGANISER"})
    void an_organiser_links_a_report_to_the_catalogue_entry_of_its_practice_and_unlinks_it() {
        var line = lines.shown(stand.event().id(), stand.current().lineCodes()).getFirst();
        Slip slip = slips.peg(line.requireId(), new SlipDraft("Digitupa kylällä", "Koululaiset opastavat.", null,
                fi.pyykkinaru.clothesline.Ownership.OTHER, Region.KAINUU, java.util.Set.of(), null, null, null, false), null);
        ModerationView view = navigate(ModerationView.class);
        test(view.filters.get(SlipStatus.PUBLISHED)).click();
        assertThat(test(view.grid).getRow(0).id()).isEqualTo(slip.id());
        @SuppressWarnings("unchecked")
        ComboBox<CatalogueEntry> link = (ComboBox<CatalogueEntry>) ((Div) test(view.grid).getCellComponent(0, 2))
                .getChildren().filter(ComboBox.class::isInstance).findFirst().orElseThrow();
        assertThat(link.getId()).contains("moderation-catalogue-" + slip.id());
        assertThat(link.isReadOnly()).isFalse();
        assertThat(link.getValue()).isNull();

        test(link).selectItem("Kylien digitupa");

        assertThat(catalogue.ofSlip(slip.requireId())).map(CatalogueEntry::title).contains("Kylien digitupa");
        link.clear();
        assertThat(catalogue.ofSlip(slip.requireId())).isEmpty();
        slips.changeStatus(slip.requireId(), SlipStatus.HIDDEN);
    }

    @Test
    void a_visitor_without_login_is_sent_to_the_login() {
        navigate("staff", Component.class);

        // LoginView belongs to staff, whose screens are its own.
        assertThat(getCurrentView().getClass().getName()).isEqualTo("fi.pyykkinaru.staff.LoginView");
    }
}
