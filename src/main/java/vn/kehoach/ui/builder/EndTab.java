package vn.kehoach.ui.builder;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Person;
import vn.kehoach.domain.Recipient;
import vn.kehoach.domain.RecipientGroup;
import vn.kehoach.domain.SigningAuthority;
import vn.kehoach.ui.BodyPicker;
import vn.kehoach.ui.Controls;
import vn.kehoach.ui.RecentBodies;

/** The ending tab: closing and contact sentences and the signature on the left, recipients and archive line on the right. */
final class EndTab {
    final Node content;
    final TextArea closing;
    final ListView<Recipient> recipientList = new ListView<>();
    TextField archive;
    private boolean rebuilding;

    EndTab(BuilderForms f, RecentBodies recent) {
        PlanBuilderViewModel vm = f.vm();
        GridPane g = BuilderForms.form();
        int r = 0;
        closing = f.area("closingText", vm.closingTextProperty(), 3);
        g.add(BuilderForms.label("builder.closing"), 0, r);
        g.add(closing, 1, r++, 2, 1);
        g.add(BuilderForms.label("builder.contact"), 0, r);
        g.add(f.area("contactText", vm.contactTextProperty(), 2), 1, r++, 2, 1);

        g.add(BuilderForms.sectionTitle("builder.signature"), 0, r++, 3, 1);
        FlowPane presets = new FlowPane(6, 6,
                f.editButton("sigPresetCommittee", "builder.preset.committeeButton",
                        () -> vm.applyPreset(PlanBuilderViewModel.SignaturePreset.PEOPLES_COMMITTEE)),
                f.editButton("sigPresetSteering", "builder.preset.steeringButton",
                        () -> vm.applyPreset(PlanBuilderViewModel.SignaturePreset.STEERING_DEPUTY)),
                f.editButton("sigPresetOwn", "builder.preset.ownButton",
                        () -> vm.applyPreset(PlanBuilderViewModel.SignaturePreset.OWN_NAME)));
        g.add(BuilderForms.label("builder.preset"), 0, r);
        g.add(presets, 1, r++, 2, 1);
        g.addRow(r++, BuilderForms.label("builder.sig.collective"), f.text("sigCollective", vm.collectiveProperty()));
        ComboBox<SigningAuthority> authority = f.editor(Controls.comboBox("sigAuthority",
                SigningAuthority::prefix, Messages.get("builder.sig.noAuthority")));
        authority.getItems().add(null);
        authority.getItems().addAll(SigningAuthority.FOR_HEAD, SigningAuthority.BY_ORDER,
                SigningAuthority.BY_DELEGATION, SigningAuthority.ACTING);
        authority.valueProperty().bindBidirectional(vm.authorityProperty());
        TextField headTitle = f.text("sigHeadTitle", vm.headTitleProperty());
        HBox.setHgrow(headTitle, Priority.ALWAYS);
        g.addRow(r++, BuilderForms.label("builder.sig.authority"), new HBox(6, authority, headTitle));
        g.addRow(r++, BuilderForms.label("builder.sig.signerTitle"), f.text("sigSignerTitle", vm.signerTitleProperty()));
        // the picker shows the plan's signer; choosing another writes the name (no clearing while it picks)
        ComboBox<Person> person = f.editor(Controls.comboBox("sigPerson", p -> p.fullName() + " — " + p.title(), ""));
        person.getItems().setAll(vm.directory().people());
        person.setPromptText(Messages.get("builder.sig.pickPerson"));
        person.valueProperty().bindBidirectional(vm.signerChoiceProperty());
        person.setMaxWidth(Double.MAX_VALUE);
        g.addRow(r++, BuilderForms.label("builder.sig.signer"), person);
        g.addRow(r++, new Label(), f.text("sigSignerName", vm.signerNameProperty()));
        Label sigPreview = new Label();
        sigPreview.setId("sigPreview");
        sigPreview.getStyleClass().add("signature-preview");
        sigPreview.textProperty().bind(vm.signaturePreviewProperty());
        g.add(sigPreview, 1, r++, 2, 1);

        SplitPane columns = new SplitPane(BuilderForms.scroll(g), BuilderForms.scroll(recipients(f, recent)));
        columns.setDividerPositions(0.5);
        content = columns;
    }

    private GridPane recipients(BuilderForms f, RecentBodies recent) {
        PlanBuilderViewModel vm = f.vm();
        RecipientsViewModel rv = vm.recipients();
        GridPane g = BuilderForms.form();
        int r = 0;
        g.add(BuilderForms.sectionTitle("builder.recipients"), 0, r++, 3, 1);
        recipientList.setId("recipientList");
        recipientList.setItems(rv.items());
        recipientList.setPrefHeight(240);
        recipientList.setMaxWidth(Double.MAX_VALUE);
        recipientList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Recipient item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "- " + item.printed() + ";");
            }
        });
        recipientList.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (!rebuilding && i.intValue() >= 0) { // a cleared selection while the list refills is not the user's
                rv.select(i.intValue());
            }
        });
        rv.selectedProperty().addListener((o, a, i) -> {
            if (recipientList.getSelectionModel().getSelectedIndex() != i.intValue()) {
                showSelected(i.intValue());
            }
        });
        // the list is refilled on every change; keep the selection shown
        rv.items().addListener((ListChangeListener<Recipient>) c -> showSelected(rv.selectedProperty().get()));
        // the buttons go below the list, so that the list has the column's whole width for long lines
        javafx.scene.layout.FlowPane listButtons = new javafx.scene.layout.FlowPane(6, 6,
                f.editButton("recipientUp", "builder.outline.up", rv::moveUp),
                f.editButton("recipientDown", "builder.outline.down", rv::moveDown),
                f.editButton("recipientDelete", "builder.outline.delete", rv::remove),
                f.editButton("recipientAddTaskUnits", "builder.recipients.addTaskUnits", rv::addUnitsWithTasks));
        listButtons.getChildren().forEach(n -> ((Button) n).setMinWidth(Region.USE_PREF_SIZE));
        g.getColumnConstraints().get(2).setHgrow(Priority.NEVER);
        g.add(recipientList, 1, r++, 2, 1);
        g.add(listButtons, 1, r++, 2, 1);
        TextField purposeField = f.text("recipientPurpose", rv.purposeProperty());
        purposeField.setPromptText(Messages.get("builder.recipients.purpose"));
        purposeField.setPrefColumnCount(11); // its hint "Mục đích (b/c, t/h)" whole
        purposeField.setMinWidth(Region.USE_PREF_SIZE);
        TextField lineField = f.text("recipientText", rv.textProperty());
        HBox.setHgrow(lineField, Priority.ALWAYS);
        g.add(BuilderForms.label("builder.recipients.text"), 0, r);
        g.add(new HBox(6, lineField, purposeField), 1, r++, 2, 1);

        BodyPicker body = f.editor(PlanBuilderView.bodyPicker("recipientBody", vm, recent));
        Button addBody = f.editButton("recipientAddBody", "builder.recipients.addBody", () -> {
            rv.addBody(body.model().valueProperty().get());
            body.model().valueProperty().set(null);
        });
        addBody.disableProperty().unbind();
        addBody.disableProperty().bind(vm.readOnlyProperty().or(body.model().valueProperty().isNull()));
        ComboBox<RecipientGroup> group = f.editor(Controls.comboBox("recipientGroup", RecipientGroup::name, ""));
        group.getItems().setAll(vm.directory().groups());
        group.setPromptText(Messages.get("builder.recipients.pickGroup"));
        group.setMaxWidth(Double.MAX_VALUE);
        Button addGroup = f.editButton("recipientAddGroup", "builder.recipients.addGroup", () -> {
            rv.addGroup(group.getValue());
            group.setValue(null);
        });
        TextField newText = f.editor(new TextField());
        newText.setId("recipientNewText");
        newText.setPromptText(Messages.get("builder.recipients.newText"));
        newText.setMaxWidth(Double.MAX_VALUE);
        Button addText = f.editButton("recipientAddText", "builder.recipients.addText", () -> {
            rv.addText(newText.getText());
            newText.clear();
        });
        newText.setOnAction(e -> addText.fire());
        for (Button b : List.of(addBody, addGroup, addText)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        g.addRow(r++, BuilderForms.label("builder.recipients.add"), body, addBody);
        g.addRow(r++, new Label(), group, addGroup);
        g.addRow(r++, new Label(), newText, addText);
        archive = f.text("archiveLine", vm.archiveLineProperty());
        archive.setPromptText("VT, NL");
        g.addRow(r++, BuilderForms.label("builder.archive"), archive);
        return g;
    }

    private void showSelected(int i) {
        rebuilding = true;
        try {
            if (i < 0) {
                recipientList.getSelectionModel().clearSelection();
            } else if (i < recipientList.getItems().size()) {
                recipientList.getSelectionModel().select(i);
            }
        } finally {
            rebuilding = false;
        }
    }
}
