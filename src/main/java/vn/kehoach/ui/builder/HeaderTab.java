package vn.kehoach.ui.builder;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import vn.kehoach.domain.Messages;
import vn.kehoach.ui.BodyPicker;
import vn.kehoach.ui.Controls;
import vn.kehoach.ui.RecentBodies;

/** The header tab: governing and issuing body, symbol, place and year, number and date, title, bases, preamble. */
final class HeaderTab {
    final Node content;
    final TextField issueNumber = new TextField();
    final DatePicker issueDate = Controls.datePicker("issueDate");
    final TextArea planTitle;
    final TextArea preamble;

    HeaderTab(BuilderForms f, RecentBodies recent) {
        PlanBuilderViewModel vm = f.vm();
        GridPane g = BuilderForms.form();
        int r = 0;
        BodyPicker governingPick = f.editor(PlanBuilderView.bodyPicker("headerGoverningPick", vm, recent));
        governingPick.model().valueProperty().bindBidirectional(vm.governingChoiceProperty());
        g.addRow(r++, BuilderForms.label("builder.governingBody"), governingPick,
                f.text("headerGoverningBody", vm.governingBodyProperty()));
        BodyPicker issuingPick = f.editor(PlanBuilderView.bodyPicker("headerIssuingPick", vm, recent));
        issuingPick.model().valueProperty().bindBidirectional(vm.issuingChoiceProperty());
        g.addRow(r++, BuilderForms.label("builder.issuingBody"), issuingPick,
                f.area("headerIssuingBody", vm.issuingBodyProperty(), 2));
        g.addRow(r++, BuilderForms.label("builder.symbol"), f.text("headerSymbol", vm.symbolProperty()),
                preview("headerNumberLine", vm.numberLineProperty()));
        g.addRow(r++, BuilderForms.label("builder.place"), f.text("headerPlace", vm.placeProperty()),
                preview("headerDateLine", vm.dateLineProperty()));
        g.addRow(r++, BuilderForms.label("builder.year"), f.text("headerYear", vm.yearProperty()));

        issueNumber.setId("issueNumber");
        issueNumber.setPromptText(Messages.get("builder.issueNumberPrompt"));
        issueNumber.setPrefColumnCount(6);
        issueNumber.textProperty().bindBidirectional(vm.issueNumberProperty());
        issueDate.valueProperty().bindBidirectional(vm.issueDateProperty());
        Button propose = f.editButton("issuePropose", "builder.proposeNumber", vm::proposeNumber);
        Button issue = f.editButton("builderIssue", "builder.issue", vm::issue);
        issue.getStyleClass().add("default-button");
        f.editor(issueNumber);
        f.editor(issueDate);
        HBox issueRow = new HBox(8, issueNumber, propose, issueDate, issue);
        issueRow.setAlignment(Pos.CENTER_LEFT);
        g.add(BuilderForms.label("builder.issueRow"), 0, r);
        g.add(issueRow, 1, r++, 2, 1);

        planTitle = f.area("planTitle", vm.titleProperty(), 2);
        g.add(BuilderForms.label("builder.title"), 0, r);
        g.add(planTitle, 1, r++, 2, 1);
        TextArea bases = f.area("legalBases", vm.legalBasesProperty(), 3);
        bases.setPromptText(Messages.get("builder.legalBasesPrompt"));
        g.add(BuilderForms.label("builder.legalBases"), 0, r);
        g.add(bases, 1, r++, 2, 1);
        preamble = f.area("preamble", vm.preambleProperty(), 4);
        g.add(BuilderForms.label("builder.preamble"), 0, r);
        g.add(preamble, 1, r++, 2, 1);
        content = BuilderForms.scroll(g);
    }

    private static Label preview(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("header-preview");
        l.textProperty().bind(text);
        return l;
    }
}
