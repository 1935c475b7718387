package fi.pyykkinaru.clothesline.ui;

import com.vaadin.browserless.SpringBrowserlessTest;

/** The report form for tests outside this package: type a title, preview and pin, and read what is shown. */
public final class ReportViewAccess {

    private final SpringBrowserlessTest test;
    private final ReportView view;

    private ReportViewAccess(SpringBrowserlessTest test, ReportView view) {
        this.test = test;
        this.view = view;
    }

    public static ReportViewAccess open(SpringBrowserlessTest test, String route) {
        return new ReportViewAccess(test, test.navigate(route, ReportView.class));
    }

    public void type(String title) {
        test.test(view.form.title).setValue(title);
        test.test(view.preview).click();
    }

    public void pin() {
        test.test(view.pin).click();
    }

    public boolean saveErrorShown() {
        return view.saveError.isVisible() && view.previewStep.isVisible();
    }

    public String typedTitle() {
        return view.form.title.getValue();
    }
}
