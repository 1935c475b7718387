package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fi.pyykkinaru.call.MarketingTexts;
import fi.pyykkinaru.call.Proposal;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A chosen proposal's marketing text as its responsible person wrote it, for an organiser to approve for publication.
 * Nothing to show until there is a text.
 */
class MarketingApproval extends Div {

    MarketingApproval(Proposal proposal, MarketingTexts marketing, Consumer<Proposal> changed) {
        addClassName("marketing-approval");
        String text = proposal.marketingText();
        if (text == null || text.isBlank()) {
            setVisible(false);
            return;
        }
        Paragraph body = new Paragraph(text);
        body.setId("proposal-marketing-text");
        body.addClassName("marketing-text");
        Paragraph state = new Paragraph(getTranslation(proposal.marketingApproved()
                ? "call.marketing.approved" : "call.marketing.waiting"));
        state.setId("proposal-marketing-state");
        Button toggle = new Button(getTranslation(proposal.marketingApproved()
                ? "call.marketing.unapprove" : "call.marketing.approve"));
        toggle.setId("proposal-marketing-approve");
        if (!proposal.marketingApproved()) {
            toggle.addThemeVariants(ButtonVariant.PRIMARY);
        }
        toggle.addClickListener(click -> {
            try {
                changed.accept(marketing.approve(proposal.requireId(), proposal.version(),
                        !proposal.marketingApproved()));
            } catch (OptimisticLockingFailureException stale) {
                Notification.show(getTranslation("call.marketing.stale"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        });
        add(new H3(getTranslation("call.marketing.heading")), body, state, toggle);
    }
}
