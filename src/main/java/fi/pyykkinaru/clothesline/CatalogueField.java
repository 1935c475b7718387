package fi.pyykkinaru.clothesline;

/** A catalogue entry's fields, as a form and an import file name them: the file's column codes are these, lower case. */
public enum CatalogueField {
    TITLE("title"), SUMMARY("summary"), ORGANISATION("organisation"), REGION("region"), THEMES("themes"), URL("url"),
    IMAGE("image_url");

    private final String column;

    CatalogueField(String column) {
        this.column = column;
    }

    /** The column's code in an import file; its heading in a person's words is {@code catalogue.column.<code>}. */
    public String column() {
        return column;
    }
}
