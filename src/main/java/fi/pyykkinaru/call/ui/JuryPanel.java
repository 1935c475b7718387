package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import fi.pyykkinaru.base.ui.Confirmation;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.CallKind;
import fi.pyykkinaru.call.Jury;
import fi.pyykkinaru.call.JuryMember;
import fi.pyykkinaru.call.JuryScores;
import fi.pyykkinaru.call.PitchLetters;
import fi.pyykkinaru.call.Pitches;
import fi.pyykkinaru.event.Events;
import fi.pyykkinaru.kiosk.PublicAddress;
import fi.pyykkinaru.printing.QrCodes;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;

/**
 * A pitch call's jury: members and their private links (shown once, as text and QR code), how far each has scored,
 * a new link for one who lost theirs; pitches added by staff, and the pitchers' letters. Other calls have no jury:
 * the panel stays hidden.
 */
@SpringComponent
@Scope("prototype")
public class JuryPanel extends Div {

    final TextField memberName = new TextField();
    final Button addMember = new Button();
    final Div members = new Div();
    final JuryLinkBox link;
    @Nullable PitchSection pitchSection;
    private final Jury jury;
    private final Pitches pitches;
    private final JuryScores scores;
    private final PitchLetters letters;
    private final Events events;
    private final PublicAddress address;
    private @Nullable Call call;
    private Runnable changed = () -> { };

    JuryPanel(Jury jury, Pitches pitches, JuryScores scores, PitchLetters letters, Events events,
            PublicAddress address, QrCodes qrCodes) {
        this.jury = jury;
        this.pitches = pitches;
        this.scores = scores;
        this.letters = letters;
        this.events = events;
        this.address = address;
        this.link = new JuryLinkBox("jury-link", qrCodes);
        setId("jury-panel");
        addClassName("jury-panel");
        memberName.setId("jury-member-name");
        memberName.setMaxLength(Jury.MAX_NAME);
        addMember.setId("jury-member-add");
        addMember.addClassName("primary");
        addMember.addClickListener(e -> addMember());
        members.addClassName("jury-list");
        setVisible(false);
    }

    /** Shows the jury of a pitch call; {@code changed} is told when pitches were added, to refresh the board. */
    public JuryPanel forCall(Call call, Runnable changed) {
        this.call = call;
        this.changed = changed;
        removeAll();
        link.hide();
        setVisible(call.kind() == CallKind.PITCH);
        if (call.kind() != CallKind.PITCH) {
            return this;
        }
        memberName.setLabel(getTranslation("call.jury.member.name"));
        addMember.setText(getTranslation("call.jury.member.add"));
        Div form = new Div(memberName, addMember);
        form.addClassName("jury-form");
        String slug = events.find(call.eventId()).orElseThrow().slug();
        pitchSection = new PitchSection(pitches, scores, letters, link, call,
                secret -> address.base() + "/call/" + slug + "/p/" + secret, this::pitchesChanged);
        add(new H3(getTranslation("call.jury.panel.title")), new Paragraph(getTranslation("call.jury.panel.hint")),
                form, link, members, pitchSection);
        refreshMembers();
        return this;
    }

    private void pitchesChanged() {
        refreshMembers();
        changed.run();
    }

    private Call call() {
        if (call == null) {
            throw new IllegalStateException("The jury panel shows a call: forCall first");
        }
        return call;
    }

    private void refreshMembers() {
        members.removeAll();
        List<JuryMember> all = jury.of(call().requireId());
        if (all.isEmpty()) {
            members.add(new Paragraph(getTranslation("call.jury.members.none")));
            return;
        }
        int pitchCount = pitches.of(call().requireId()).size();
        Map<Long, Integer> scored = jury.scoredCounts(call().requireId());
        for (JuryMember member : all) {
            members.add(row(member, scored.getOrDefault(member.requireId(), 0), pitchCount));
        }
    }

    private Div row(JuryMember member, int scored, int pitchCount) {
        long id = member.requireId();
        Span name = new Span(member.name());
        name.addClassName("jury-row-name");
        Span progress = new Span(getTranslation("call.jury.member.scored", scored, pitchCount));
        progress.setId("jury-member-scored-" + id);
        Button newLink = new Button(getTranslation("call.jury.member.new-link"), e -> showLink(jury.newLink(id)));
        newLink.setId("jury-member-new-link-" + id);
        Button remove = new Button(getTranslation("call.jury.member.remove"), e -> askRemove(member, scored));
        remove.setId("jury-member-remove-" + id);
        remove.addClassName("danger");
        Div row = new Div(name, progress, newLink, remove);
        row.setId("jury-member-" + id);
        row.addClassName("jury-row");
        return row;
    }

    private void addMember() {
        String name = memberName.getValue().strip();
        if (name.isEmpty() || name.length() > Jury.MAX_NAME) {
            memberName.setInvalid(true);
            memberName.setErrorMessage(getTranslation("call.jury.member.name.missing", Jury.MAX_NAME));
            return;
        }
        memberName.setInvalid(false);
        showLink(jury.add(call(), name));
        memberName.clear();
        refreshMembers();
    }

    private void showLink(Jury.NewLink made) {
        link.show(getTranslation("call.jury.link.member", made.member().name()),
                address.base() + "/jury/" + made.secret());
        refreshMembers();
    }

    private void askRemove(JuryMember member, int scored) {
        new Confirmation(getTranslation("call.jury.member.remove.title"),
                getTranslation("call.jury.member.remove.text", member.name()), getTranslation("call.jury.member.remove"),
                () -> {
                    jury.remove(member.requireId());
                    link.hide();
                    refreshMembers();
                    if (pitchSection != null) {
                        pitchSection.refresh();
                    }
                }).losing(List.of(getTranslation("call.jury.member.remove.losing", scored))).open();
    }
}
