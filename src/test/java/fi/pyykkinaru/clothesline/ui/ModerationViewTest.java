package fi.pyykkinaru.clothesline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fi.pyykkinaru.PyykkinaruTest;
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
    void a_visitor_without_login_is_sent_to_the_login() {
        navigate("staff", Component.class);

        // LoginView belongs to staff, whose screens are its own.
        assertThat(getCurrentView().getClass().getName()).isEqualTo("fi.pyykkinaru.staff.LoginView");
    }
}
