package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.Proposal;
import fi.pyykkinaru.call.ReviewBoard;
import fi.pyykkinaru.call.Reviewer;
import java.util.Locale;

/**
 * Choosing or declining a proposal: the message from the call's template in the applicant's language, editable,
 * with the applicant's e-mail and a copy button, so that the same words can go by e-mail as well as on their page.
 */
class DecisionDialog extends Dialog {

    final TextArea message = new TextArea();
    final Button copy = new Button();
    final Button confirm = new Button();
    final Paragraph email = new Paragraph();

    DecisionDialog(Call call, Proposal proposal, boolean chosen, ReviewBoard board, Reviewer viewer, Runnable decided) {
        setId("decision-dialog");
        addClassName("decision-dialog");
        setMaxWidth("min(44rem, 96vw)");
        setHeaderTitle(getTranslation(chosen ? "call.board.decision.choose.title" : "call.board.decision.decline.title",
                proposal.title() == null ? "—" : proposal.title()));
        message.setId("decision-message");
        message.setLabel(getTranslation("call.board.decision.message",
                Locale.of(proposal.language()).getDisplayLanguage(getLocale())));
        message.setValue(ReviewBoard.template(call, proposal, chosen));
        message.setMaxLength(4000);
        message.setWidthFull();
        email.setId("decision-email");
        email.setText(getTranslation("call.board.decision.email",
                proposal.responsibleEmail() == null ? "—" : proposal.responsibleEmail()));
        copy.setId("decision-copy");
        copy.addClassName("big-button");
        copy.setText(getTranslation("call.board.decision.copy"));
        copy.addClickListener(e -> copy());
        add(new Paragraph(getTranslation("call.board.decision.help")), message, email, copy);
        confirm.setId("decision-confirm");
        confirm.addClassNames("big-button", "primary");
        confirm.setText(getTranslation(chosen ? "call.board.choose" : "call.board.decision.decline.confirm"));
        confirm.addClickListener(e -> {
            board.decide(proposal.requireId(), viewer, chosen, message.getValue());
            close();
            decided.run();
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addClassName("big-button");
        getFooter().add(cancel, confirm);
    }

    /** To the clipboard where the browser allows it; the text stays selected in the field either way. */
    private void copy() {
        message.getElement().executeJs("const area = this.inputElement; if (area) { area.focus(); area.select(); }"
                + " if (navigator.clipboard) { navigator.clipboard.writeText($0).catch(() => {}); }",
                message.getValue());
        copy.setText(getTranslation("call.board.decision.copied"));
    }
}
