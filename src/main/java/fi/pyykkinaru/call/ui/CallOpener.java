package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import fi.pyykkinaru.call.CallKind;
import java.util.function.Consumer;

/** The kind of a new call (sessions unless chosen otherwise) and the button that opens it at once. */
class CallOpener extends Div {

    final Select<CallKind> kind = new Select<>();
    final Button open = new Button();

    CallOpener(String idPrefix, Consumer<CallKind> opened) {
        addClassName("call-opener");
        kind.setId(idPrefix + "-kind");
        kind.setItems(CallKind.values());
        kind.setValue(CallKind.SESSIONS);
        kind.setItemLabelGenerator(k -> getTranslation("call.board.kind." + k.name()));
        kind.setLabel(getTranslation("call.board.kind"));
        open.setId(idPrefix);
        open.addClassNames("big-button", "primary");
        open.setText(getTranslation("call.board.open"));
        open.addClickListener(e -> opened.accept(kind.getValue() == null ? CallKind.SESSIONS : kind.getValue()));
        add(kind, open);
    }
}
