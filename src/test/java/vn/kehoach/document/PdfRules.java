package vn.kehoach.document;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The short horizontal lines drawn on a PDF page (stroked lines or thin filled rectangles), in
 * points from the top-left corner of the page: how LibreOffice draws a paragraph border and how
 * OpenPDF draws a line separator.
 */
final class PdfRules extends PDFGraphicsStreamEngine {
    /** A horizontal line from x1 to x2 at y (points from the top of the page). */
    record Rule(float x1, float x2, float y) {
        float length() {
            return x2 - x1;
        }

        float middle() {
            return (x1 + x2) / 2;
        }
    }

    private final float height;
    private final List<Rule> rules = new ArrayList<>();
    private final List<Point2D> path = new ArrayList<>();
    private final List<Point2D[]> rectangles = new ArrayList<>();

    private PdfRules(PDPage page) {
        super(page);
        this.height = page.getMediaBox().getHeight();
    }

    static List<Rule> onPage(Path pdf, int pageNumber) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PdfRules engine = new PdfRules(doc.getPage(pageNumber - 1));
            engine.processPage(doc.getPage(pageNumber - 1));
            return engine.rules;
        }
    }

    private Point2D device(float x, float y) {
        return getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
    }

    @Override
    public void moveTo(float x, float y) {
        path.add(null);
        path.add(device(x, y));
    }

    @Override
    public void lineTo(float x, float y) {
        path.add(device(x, y));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles.add(new Point2D[] {p0, p1, p2, p3});
    }

    @Override
    public void strokePath() {
        Point2D last = null;
        for (Point2D p : path) {
            if (p != null && last != null && Math.abs(p.getY() - last.getY()) < 0.5 && Math.abs(p.getX() - last.getX()) > 5) {
                add(Math.min(p.getX(), last.getX()), Math.max(p.getX(), last.getX()), p.getY());
            }
            last = p;
        }
        for (Point2D[] r : rectangles) {
            thin(r);
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (Point2D[] r : rectangles) {
            thin(r);
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        fillPath(windingRule);
    }

    private void thin(Point2D[] r) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point2D p : r) {
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        if (maxY - minY < 2 && maxX - minX > 5) {
            add(minX, maxX, (minY + maxY) / 2);
        }
    }

    private void add(double x1, double x2, double y) {
        rules.add(new Rule((float) x1, (float) x2, (float) (height - y)));
    }

    @Override
    public void endPath() {
        path.clear();
        rectangles.clear();
    }

    @Override
    public void closePath() {
        // a closed path adds no horizontal segment of its own
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.add(null);
    }

    @Override
    public Point2D getCurrentPoint() {
        return path.isEmpty() || path.get(path.size() - 1) == null ? new Point2D.Float() : path.get(path.size() - 1);
    }

    @Override
    public void clip(int windingRule) {
        // clipping does not draw
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images are not rules
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings are not rules
    }
}
