package vn.kehoach.ui.office;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.kehoach.domain.Messages;
import vn.kehoach.store.Provinces;
import vn.kehoach.ui.Controls;

/**
 * What a new database shows before the main window, once: the two ways to start, then for "my
 * office" a short form — province, issuing bodies, signers, the place name used in dates.
 */
public final class OfficeStartView extends StackPane {
    private final OfficeStartViewModel vm;

    public OfficeStartView(OfficeStartViewModel vm) {
        this.vm = vm;
        setId("officeStart");
        getStyleClass().add("screen");
        getChildren().setAll(choice());
    }

    private VBox choice() {
        Label heading = new Label(Messages.get("ui.office.welcome"));
        heading.getStyleClass().add("screen-title");
        Label hint = new Label(Messages.get("ui.office.welcomeHint"));
        hint.setWrapText(true);
        Button sample = new Button(Messages.get("ui.office.useSample"));
        sample.setId("startSample");
        sample.setOnAction(e -> {
            sample.setDisable(true);
            vm.useSample();
        });
        Button office = new Button(Messages.get("ui.office.startOffice"));
        office.setId("startOffice");
        office.setDefaultButton(true);
        office.setOnAction(e -> getChildren().setAll(wizard()));
        Label busy = Controls.message("officeStartBusy", "form-info");
        busy.textProperty().bind(vm.busyProperty());
        Label error = Controls.message("officeStartError", "form-error");
        error.textProperty().bind(vm.errorProperty());
        VBox box = new VBox(14, heading, hint, new HBox(12, office, sample), busy, error);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(640);
        box.setPadding(new Insets(24));
        return box;
    }

    private VBox wizard() {
        Label heading = new Label(Messages.get("ui.office.wizardTitle"));
        heading.getStyleClass().add("screen-title");

        ComboBox<Provinces.Province> province = Controls.comboBox("wizardProvince", Provinces.Province::fullName,
                Messages.get("ui.office.chooseProvince"));
        province.getItems().setAll(vm.provinces());
        province.valueProperty().bindBidirectional(vm.provinceProperty());
        TextField place = field("wizardPlace", vm.placeProperty().get());
        place.textProperty().bindBidirectional(vm.placeProperty());

        TextField bodyName = field("wizardBodyName", null);
        bodyName.setPromptText(Messages.get("ui.office.bodyNamePrompt"));
        bodyName.textProperty().bindBidirectional(vm.bodyNameProperty());
        TextField bodyShort = field("wizardBodyShortName", null);
        bodyShort.setPromptText(Messages.get("ui.office.bodyShortPrompt"));
        bodyShort.textProperty().bindBidirectional(vm.bodyShortNameProperty());
        TextField bodyArchive = field("wizardBodyArchive", null);
        bodyArchive.setPromptText(Messages.get("ui.office.bodyArchivePrompt"));
        bodyArchive.setPrefColumnCount(6);
        bodyArchive.textProperty().bindBidirectional(vm.bodyArchiveProperty());
        Button addBody = new Button(Messages.get("ui.office.add"));
        addBody.setId("wizardAddBody");
        addBody.setOnAction(e -> vm.addBody());
        ListView<OfficeStartViewModel.BodyDraft> bodies = new ListView<>(vm.bodies());
        bodies.setId("wizardBodies");
        bodies.setPrefHeight(110);

        TextField signerName = field("wizardSignerName", null);
        signerName.setPromptText(Messages.get("ui.office.signerNamePrompt"));
        signerName.textProperty().bindBidirectional(vm.signerNameProperty());
        TextField signerTitle = field("wizardSignerTitle", null);
        signerTitle.setPromptText(Messages.get("ui.office.signerTitlePrompt"));
        signerTitle.textProperty().bindBidirectional(vm.signerTitleProperty());
        Button addSigner = new Button(Messages.get("ui.office.add"));
        addSigner.setId("wizardAddSigner");
        addSigner.setOnAction(e -> vm.addSigner());
        ListView<OfficeStartViewModel.SignerDraft> signers = new ListView<>(vm.signers());
        signers.setId("wizardSigners");
        signers.setPrefHeight(90);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label(Messages.get("ui.office.province"), province), province);
        grid.addRow(row++, label(Messages.get("ui.office.place"), place), place);
        grid.addRow(row++, label(Messages.get("ui.office.bodies"), bodyName),
                new HBox(6, bodyName, bodyShort, bodyArchive, addBody));
        grid.add(bodies, 1, row++);
        grid.addRow(row++, label(Messages.get("ui.office.signers"), signerName),
                new HBox(6, signerName, signerTitle, addSigner));
        grid.add(signers, 1, row);

        Label hint = new Label(Messages.get("ui.office.wizardHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        Button finish = new Button(Messages.get("ui.office.finish"));
        finish.setId("wizardFinish");
        finish.setDefaultButton(true);
        finish.setOnAction(e -> vm.finish());
        finish.disableProperty().bind(vm.busyProperty().isNotEmpty());
        Label busy = Controls.message("officeStartBusy", "form-info");
        busy.textProperty().bind(vm.busyProperty());
        Label error = Controls.message("officeStartError", "form-error");
        error.textProperty().bind(vm.errorProperty());
        VBox box = new VBox(12, heading, grid, hint, finish, busy, error);
        box.setMaxWidth(900);
        box.setPadding(new Insets(24));
        return box;
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        return f;
    }

    private static Label label(String text, javafx.scene.Node target) {
        Label l = new Label(text);
        l.setLabelFor(target);
        return l;
    }
}
