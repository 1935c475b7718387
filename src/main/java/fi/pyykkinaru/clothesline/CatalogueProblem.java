package fi.pyykkinaru.clothesline;

import java.util.List;

/**
 * Something wrong with a catalogue entry as typed or imported: the field, the message key and its arguments.
 * {@code row} is the import file's row as a spreadsheet numbers it (the heading is row 1); 0 for a form.
 */
public record CatalogueProblem(int row, CatalogueField field, String messageKey, List<Object> args) {

    public CatalogueProblem {
        args = List.copyOf(args);
    }

    CatalogueProblem onRow(int fileRow) {
        return new CatalogueProblem(fileRow, field, messageKey, args);
    }
}
