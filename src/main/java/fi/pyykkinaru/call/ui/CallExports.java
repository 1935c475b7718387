package fi.pyykkinaru.call.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.annotation.SpringComponent;
import fi.pyykkinaru.call.Call;
import org.springframework.context.annotation.Scope;

/** The call's downloads for the planning group's meeting: proposals and scores as CSV and XLSX. */
@SpringComponent
@Scope("prototype")
public class CallExports extends Div {

    public CallExports forCall(Call call) {
        return this;
    }
}
