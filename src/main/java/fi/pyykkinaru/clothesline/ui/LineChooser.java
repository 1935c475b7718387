package fi.pyykkinaru.clothesline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import fi.pyykkinaru.clothesline.Line;
import java.util.List;
import java.util.function.Consumer;

/** The stand's lines as buttons, the one written on pressed; worth showing only when there is a choice. */
class LineChooser extends Div {

    private final List<Line> lines;

    LineChooser(List<Line> lines, Consumer<Line> choose) {
        this.lines = lines;
        addClassName("report-lines");
        getElement().setAttribute("role", "group");
        for (Line line : lines) {
            Button choice = new Button("", e -> choose.accept(line));
            choice.setId("report-line-" + line.code());
            choice.addClassName("choice");
            add(choice);
        }
    }

    boolean offersChoice() {
        return lines.size() > 1;
    }

    void press(Line chosen) {
        for (int i = 0; i < lines.size(); i++) {
            getComponentAt(i).getElement().setAttribute("aria-pressed",
                    String.valueOf(lines.get(i).code().equals(chosen.code())));
        }
    }

    void localize() {
        getElement().setAttribute("aria-label", getTranslation("write.choose-line"));
        for (int i = 0; i < lines.size(); i++) {
            ((Button) getComponentAt(i)).setText(lines.get(i).prompt().in(getLocale()));
        }
    }
}
