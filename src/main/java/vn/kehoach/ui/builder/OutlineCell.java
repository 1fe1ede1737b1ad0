package vn.kehoach.ui.builder;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import vn.kehoach.document.Block;
import vn.kehoach.document.OfficialWording;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.domain.TableText;

/**
 * A row of the outline as the plan prints it: the number, the heading in bold, the text with its
 * bold and italic words, wrapped to the width of the outline, in the plan's typeface.
 */
final class OutlineCell extends TreeCell<PlanBuilderView.Row> {
    /** The plan's typeface where the machine has it, a metric twin or a serif face otherwise. */
    static final String FAMILY = Font.getFamilies().contains("Times New Roman") ? "Times New Roman"
            : Font.getFamilies().contains("Liberation Serif") ? "Liberation Serif" : "Serif";
    private static final double SIZE = 15;

    private final TextFlow flow = new TextFlow();
    private final IntegerProperty depth = new SimpleIntegerProperty();

    OutlineCell(TreeView<PlanBuilderView.Row> tree) {
        getStyleClass().add("outline-cell");
        // the tree indents each level and shows an arrow: what is left of its width is the text's
        flow.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(120, tree.getWidth() - 48 - 18.0 * depth.get()), tree.widthProperty(), depth));
        flow.maxWidthProperty().bind(flow.prefWidthProperty());
    }

    @Override
    protected void updateItem(PlanBuilderView.Row row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll("outline-part", "outline-bound");
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        depth.set(row.path().size() - 1);
        flow.getChildren().setAll(texts(row.label(), row.section()));
        setGraphic(flow);
        if (row.section().level() == SectionLevel.PART) {
            getStyleClass().add("outline-part");
        }
        if (row.section().boundBlock() != null) {
            getStyleClass().add("outline-bound");
        }
    }

    /** As tall as the wrapped text (a tree cell would otherwise take the height of one line). */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() != flow) {
            return super.computePrefHeight(width);
        }
        return Math.max(super.computePrefHeight(width),
                flow.prefHeight(flow.getPrefWidth()) + snappedTopInset() + snappedBottomInset());
    }

    /** The pieces of a row: "1." then the bold heading, then the text run by run. */
    static List<Text> texts(String label, Section s) {
        List<Text> out = new ArrayList<>();
        if (!label.isEmpty()) {
            out.add(text(label + " ", s.level() == SectionLevel.PART || s.heading() != null, false));
        }
        if (s.heading() != null) {
            out.add(text(s.heading(), true, false));
            if (s.text() != null) {
                out.add(text(": ", true, false));
            }
        }
        if (s.text() != null) {
            for (Block.Run r : OfficialWording.runs(s.text())) {
                out.add(text(r.text(), Boolean.TRUE.equals(r.bold()), Boolean.TRUE.equals(r.italic())));
            }
        }
        if (!s.table().isEmpty()) {
            // the table itself is not edited here: the row only says that it prints one
            String summary = Messages.get("builder.table.summary", s.table().size(), TableText.columns(s.table()));
            Text table = text((out.isEmpty() ? "" : "\n") + summary, false, true);
            table.getStyleClass().add("outline-table");
            out.add(table);
        }
        if (s.heading() == null && s.text() == null && s.table().isEmpty()) {
            Text none = text(Messages.get("builder.emptyRow"), false, true);
            none.getStyleClass().add("outline-empty");
            out.add(none);
        }
        return out;
    }

    private static Text text(String s, boolean bold, boolean italic) {
        Text t = new Text(s);
        t.getStyleClass().add("outline-text");
        t.setFont(Font.font(FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL,
                italic ? FontPosture.ITALIC : FontPosture.REGULAR, SIZE));
        return t;
    }
}
