package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.pyykkinaru.base.ui.StaffLayout;
import fi.pyykkinaru.call.Call;
import fi.pyykkinaru.call.CallKind;
import fi.pyykkinaru.call.Calls;
import fi.pyykkinaru.call.MarketingTexts;
import fi.pyykkinaru.call.ProposalRow;
import fi.pyykkinaru.call.ProposalStatus;
import fi.pyykkinaru.call.ReviewBoard;
import fi.pyykkinaru.call.Reviewer;
import fi.pyykkinaru.call.Scheduling;
import fi.pyykkinaru.event.Event;
import fi.pyykkinaru.kiosk.NeedsEvent;
import fi.pyykkinaru.kiosk.PublicAddress;
import fi.pyykkinaru.kiosk.ThisStand;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The planning group's review board of the event's call: open a call (sessions by default) in one tap, see its
 * public address, edit it, export it, and go through the proposals: score, rank, decide, and put the chosen ones
 * on the programme or a stand.
 */
@Route(value = "staff/call", layout = StaffLayout.class)
@RolesAllowed({"ORGANISER", "REVIEWER"})
class CallBoardView extends Div implements LocaleChangeObserver, HasDynamicTitle, NeedsEvent {

    final H1 heading = new H1();
    final Div noCall = new Div();
    final Paragraph noCallText = new Paragraph();
    final Div boardArea = new Div();
    final Select<Call> callSelect = new Select<>();
    final Anchor address = new Anchor();
    final Button copyAddress = new Button();
    final Button edit = new Button();
    final Button openAnother = new Button();
    final Div exportsHolder = new Div();
    final Div juryHolder = new Div();
    final Paragraph counts = new Paragraph();
    final TextField search = new TextField();
    final Select<ProposalStatus> statusFilter = new Select<>();
    final Checkbox ranked = new Checkbox();
    final ProposalGrid grid = new ProposalGrid();
    final Div detailHolder = new Div();
    @Nullable CallOpener opener;
    @Nullable ProposalPanel detail;
    private final Event event;
    private final Calls calls;
    private final ReviewBoard board;
    private final Scheduling scheduling;
    private final PublicAddress publicAddress;
    private final ObjectProvider<CallSetupDialog> setup;
    private final ObjectProvider<CallExports> exports;
    private final ObjectProvider<JuryPanel> jury;
    private final Reviewer viewer;
    private final MarketingTexts marketing;
    private List<ProposalRow> rows = List.of();
    private @Nullable Long selected;

    CallBoardView(ThisStand stand, Calls calls, ReviewBoard board, Scheduling scheduling, PublicAddress publicAddress,
            AuthenticationContext authentication, ObjectProvider<CallSetupDialog> setup,
            ObjectProvider<CallExports> exports, ObjectProvider<JuryPanel> jury, MarketingTexts marketing) {
        this.event = stand.event();
        this.marketing = marketing;
        this.calls = calls;
        this.board = board;
        this.scheduling = scheduling;
        this.publicAddress = publicAddress;
        this.setup = setup;
        this.exports = exports;
        this.jury = jury;
        this.viewer = new Reviewer(authentication.getPrincipalName().orElse("?"), authentication.hasRole("ORGANISER"),
                authentication.hasRole("REVIEWER"));
        setId("call-board");
        addClassNames("staff", "call-board");
        noCall.setId("call-none");
        noCall.addClassName("call-none");
        noCall.add(noCallText);
        callSelect.setId("call-select");
        callSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                selected = null;
                show(e.getValue());
            }
        });
        address.setId("call-address");
        address.setTarget(AnchorTarget.BLANK);
        address.addClassName("call-address");
        copyAddress.setId("call-copy-address");
        copyAddress.addClickListener(e -> copyAddress());
        edit.setId("call-edit");
        edit.setVisible(viewer.organiser());
        edit.addClickListener(e -> editCall());
        openAnother.setId("call-open-another");
        openAnother.setVisible(viewer.organiser());
        openAnother.addClickListener(e -> openAnother());
        Div tools = new Div(callSelect, address, copyAddress, edit, exportsHolder, openAnother);
        tools.addClassNames("staff-tools", "call-tools");
        counts.setId("call-counts");
        search.setId("proposal-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> showRows());
        statusFilter.setId("proposal-status-filter");
        statusFilter.setItems(ProposalStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.addValueChangeListener(e -> showRows());
        ranked.setId("proposal-ranked");
        ranked.addValueChangeListener(e -> showRows());
        Div filters = new Div(search, statusFilter, ranked);
        filters.addClassNames("staff-tools", "call-filters");
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(r -> open(r.proposal().requireId(), true)));
        detailHolder.addClassName("call-detail");
        Div proposals = new Div(filters, grid);
        proposals.addClassName("call-proposals");
        Div columns = new Div(proposals, detailHolder);
        columns.addClassName("call-columns");
        boardArea.add(tools, juryHolder, counts, columns);
        add(heading, noCall, boardArea);
    }

    @Override
    public void localeChange(LocaleChangeEvent change) {
        heading.setText(getTranslation("call.board.title", event.name(getLocale())));
        callSelect.setLabel(getTranslation("call.board.call"));
        callSelect.setItemLabelGenerator(this::callLabel);
        copyAddress.setText(getTranslation("call.board.address.copy"));
        edit.setText(getTranslation("call.board.edit"));
        openAnother.setText(getTranslation("call.board.open-another"));
        search.setLabel(getTranslation("call.board.search"));
        statusFilter.setLabel(getTranslation("call.board.filter.status"));
        statusFilter.setEmptySelectionCaption(getTranslation("call.board.filter.all"));
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("call.board.filter.all")
                : getTranslation("call.board.status." + s.name()));
        ranked.setLabel(getTranslation("call.board.ranked"));
        grid.columns(getLocale());
        List<Call> all = calls.ofEvent(event.requireId());
        if (all.isEmpty()) {
            showNoCall();
        } else {
            Call current = callSelect.getValue();
            show(current == null ? all.getLast() : current);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("call.board.title", event.name(getLocale()));
    }

    private String callLabel(Call call) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        return getTranslation("call.board.call.label", getTranslation("call.board.kind." + call.kind().name()),
                date.format(call.opensAt().atZone(event.zone())), date.format(call.closesAt().atZone(event.zone())));
    }

    private void showNoCall() {
        boardArea.setVisible(false);
        noCall.setVisible(true);
        noCallText.setText(getTranslation(viewer.organiser() ? "call.board.none" : "call.board.none.reviewer"));
        if (opener != null) {
            noCall.remove(opener);
            opener = null;
        }
        if (viewer.organiser()) {
            opener = new CallOpener("call-open", this::openCall);
            noCall.add(opener);
        }
    }

    private void openCall(CallKind kind) {
        Call call = calls.open(event, kind);
        selected = null;
        show(call);
        setup.getObject().edit(event, call, this::show);
    }

    private void openAnother() {
        Dialog dialog = new Dialog();
        dialog.setId("call-open-dialog");
        dialog.setHeaderTitle(getTranslation("call.board.open-another"));
        dialog.add(new Paragraph(getTranslation("call.board.open-another.text")));
        dialog.add(new CallOpener("call-open-another-confirm", kind -> {
            dialog.close();
            openCall(kind);
        }));
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel);
        dialog.open();
    }

    private void editCall() {
        Call call = callSelect.getValue();
        if (call != null) {
            setup.getObject().edit(event, call, this::show);
        }
    }

    /** Shows a call's board, keeping the opened proposal open when it is still there. */
    void show(Call call) {
        noCall.setVisible(false);
        boardArea.setVisible(true);
        List<Call> all = calls.ofEvent(event.requireId());
        callSelect.setItems(all);
        Call shown = all.stream().filter(c -> Objects.equals(c.id(), call.id())).findFirst().orElse(call);
        callSelect.setValue(shown);
        callSelect.setVisible(all.size() > 1);
        String url = publicAddress.base() + "/call/" + event.slug();
        address.setHref(url);
        address.setText(getTranslation("call.board.address", url));
        exportsHolder.removeAll();
        exportsHolder.add(exports.getObject().forCall(shown));
        juryHolder.removeAll();
        if (shown.kind() == CallKind.PITCH) {
            juryHolder.add(jury.getObject().forCall(shown, this::refresh));
        }
        refresh();
    }

    /** Reads the board afresh (after a score, a decision, a schedule, or the jury's news). */
    void refresh() {
        Call call = callSelect.getValue();
        if (call == null) {
            return;
        }
        ReviewBoard.Board now = board.board(call, viewer);
        rows = now.rows();
        String text = getTranslation("call.board.counts", now.applied(), now.chosen());
        counts.setText(now.drafts() > 0 ? text + " · " + getTranslation("call.board.drafts", now.drafts()) : text);
        showRows();
        if (selected != null) {
            open(selected, false);
        } else {
            closeDetail();
        }
    }

    private void showRows() {
        String query = search.getValue();
        ProposalStatus status = statusFilter.getValue();
        List<ProposalRow> shown = rows.stream().filter(r -> status == null || r.proposal().status() == status)
                .filter(r -> r.matches(query)).toList();
        grid.setItems(ranked.getValue() ? ReviewBoard.ranked(shown) : shown);
    }

    private void open(long proposalId, boolean scroll) {
        Call call = callSelect.getValue();
        var proposal = board.proposal(proposalId);
        if (call == null || proposal.isEmpty()
                || (proposal.get().status() == ProposalStatus.DRAFT && !viewer.organiser())) {
            closeDetail();
            return;
        }
        selected = proposalId;
        detailHolder.removeAll();
        detail = new ProposalPanel(event, call, proposal.get(), board, scheduling, viewer, this::refresh);
        Button close = new Button(getTranslation("call.board.close"), e -> {
            grid.deselectAll();
            closeDetail();
        });
        close.setId("proposal-close");
        detailHolder.add(close, detail);
        if (viewer.organiser()) {
            detailHolder.add(new MarketingApproval(proposal.get(), marketing, approved -> refresh()));
        }
        detailHolder.setVisible(true);
        if (scroll) {
            // On a phone the proposal opens below the list: bring it into view.
            detailHolder.getElement().executeJs("this.scrollIntoView({block: 'start'})");
        }
    }

    private void closeDetail() {
        selected = null;
        detail = null;
        detailHolder.removeAll();
        detailHolder.setVisible(false);
    }

    private void copyAddress() {
        getElement().executeJs("if (navigator.clipboard) { navigator.clipboard.writeText($0).catch(() => {}); }",
                address.getHref());
        copyAddress.setText(getTranslation("call.board.address.copied"));
    }
}
