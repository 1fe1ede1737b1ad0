package vn.kehoach.ui.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoach.document.FormatChecker;
import vn.kehoach.document.FormatReport;
import vn.kehoach.domain.PlanProblem;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.UserError;
import vn.kehoach.ui.ErrorReporter;
import vn.kehoach.ui.TaskRunner;

/**
 * The print preview of one plan: the real PDF pages (exported to a temporary file, rendered with
 * PDFBox page by page when a page is shown), zoom (fit width or 50–200 %), the current page
 * ("Trang 2/8"), the format checker's verdict on the plan's DOCX, printing and the three exports.
 * Holds no controls; every file and database access runs through the {@link TaskRunner}.
 */
public final class PrintPreviewViewModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PrintPreviewViewModel.class);
    /** Zoom steps, as factors of 100 %. */
    static final double[] ZOOMS = {0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0};
    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 2.0;
    /** Screen pixels per inch at 100 % (JavaFX's logical pixel). */
    static final double SCREEN_DPI = 96;
    /** Rendered pages kept in memory; others are rendered again when shown. */
    private static final int CACHE_PAGES = 12;

    /** One line of the checker's verdict. */
    public record Verdict(boolean passed, String rule, String message, String where) {
        public String text() {
            return (passed ? "✓ " : "✗ ") + rule + ": " + message + (where.isEmpty() ? "" : " — " + where);
        }
    }

    /** Size of a page in points (1/72 inch). */
    public record PageSize(double widthPt, double heightPt) {}

    private final PlanDocuments documents;
    private final Printing printing;
    private final TaskRunner runner;
    private final ErrorReporter errors;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount", 0);
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(this, "pageIndex", 0);
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper(this, "pageText", "");
    private final BooleanProperty fitWidth = new SimpleBooleanProperty(this, "fitWidth", true);
    private final DoubleProperty manualZoom = new SimpleDoubleProperty(this, "manualZoom", 1.0);
    private final DoubleProperty viewportWidth = new SimpleDoubleProperty(this, "viewportWidth", 0);
    private final DoubleProperty renderScale = new SimpleDoubleProperty(this, "renderScale", 1.0);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1.0);
    private final ReadOnlyStringWrapper zoomText = new ReadOnlyStringWrapper(this, "zoomText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper verdictSummary = new ReadOnlyStringWrapper(this, "verdictSummary", "");
    private final ReadOnlyBooleanWrapper verdictPassed = new ReadOnlyBooleanWrapper(this, "verdictPassed", false);
    private final ObservableList<Verdict> verdicts = FXCollections.observableArrayList();
    private final ObservableList<Integer> pages = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper renderGeneration = new ReadOnlyIntegerWrapper(this, "renderGeneration", 0);

    private final List<PageSize> pageSizes = new ArrayList<>();
    private final Map<Integer, Image> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Image> eldest) {
            return size() > CACHE_PAGES;
        }
    };
    private Path folder;
    private Path pdf;
    private PDDocument document;
    private PDFRenderer renderer;

    public PrintPreviewViewModel(PlanDocuments documents, Printing printing, TaskRunner runner, ErrorReporter errors) {
        this.documents = documents;
        this.printing = printing;
        this.runner = runner;
        this.errors = errors;
        zoom.bind(Bindings.createDoubleBinding(this::effectiveZoom, fitWidth, manualZoom, viewportWidth));
        zoomText.bind(Bindings.createStringBinding(() -> Math.round(zoom.get() * 100) + " %", zoom));
        pageText.bind(Bindings.createStringBinding(() -> pageCount.get() == 0 ? ""
                : Messages.get("preview.page", pageIndex.get() + 1, pageCount.get()), pageIndex, pageCount));
        // a new scale makes every rendered page stale
        zoom.addListener((obs, old, now) -> invalidatePages());
        renderScale.addListener((obs, old, now) -> invalidatePages());
    }

    // ---------------------------------------------------------------- loading

    private record Loaded(String title, Path folder, Path pdf, PDDocument document, List<PageSize> sizes,
                          FormatReport report) {}

    /** Exports the plan to a temporary PDF and DOCX, checks the DOCX and opens the PDF for rendering. */
    public void load() {
        loading.set(true);
        message.set(Messages.get("preview.loading"));
        runner.submit(this::export, this::loaded, error -> {
            loading.set(false);
            message.set("");
            errors.report(error);
        });
    }

    private Loaded export() throws IOException {
        Path dir = Files.createTempDirectory("kehoach-preview");
        try {
            String name = documents.title();
            Path pdfFile = dir.resolve("ke-hoach.pdf");
            Path docxFile = dir.resolve("ke-hoach.docx");
            documents.writePdf(pdfFile);
            documents.writeDocx(docxFile);
            FormatReport report = FormatChecker.check(docxFile);
            PDDocument doc = Loader.loadPDF(pdfFile.toFile());
            List<PageSize> sizes = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getCropBox();
                boolean turned = page.getRotation() % 180 != 0;
                sizes.add(turned ? new PageSize(box.getHeight(), box.getWidth()) : new PageSize(box.getWidth(), box.getHeight()));
            }
            return new Loaded(name, dir, pdfFile, doc, sizes, report);
        } catch (IOException | RuntimeException e) {
            deleteFolder(dir);
            throw e;
        }
    }

    private void loaded(Loaded l) {
        closeDocument();
        folder = l.folder();
        pdf = l.pdf();
        document = l.document();
        renderer = new PDFRenderer(document);
        title.set(l.title());
        pageSizes.clear();
        pageSizes.addAll(l.sizes());
        cache.clear();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < l.sizes().size(); i++) {
            indexes.add(i);
        }
        pages.setAll(indexes);
        pageCount.set(l.sizes().size());
        pageIndex.set(0);
        List<Verdict> lines = new ArrayList<>();
        for (FormatReport.Finding f : l.report().findings()) {
            // a failure says its severity: lỗi thể thức or chưa hoàn thiện
            String rule = f.passed() ? f.rule().displayName()
                    : f.rule().displayName() + " (" + f.rule().severity().displayName() + ")";
            lines.add(new Verdict(f.passed(), rule, f.message(), f.where()));
        }
        verdicts.setAll(lines);
        verdictPassed.set(l.report().passed());
        verdictSummary.set(l.report().passed() ? Messages.get("preview.verdict.pass", lines.size())
                : Messages.get("preview.verdict.fail", l.report().failures().size(), lines.size()) + " "
                        + Messages.get("preview.verdict.severities",
                                l.report().failures(PlanProblem.Severity.FORMAT).size(),
                                l.report().failures(PlanProblem.Severity.UNFINISHED).size()));
        loading.set(false);
        message.set("");
        renderGeneration.set(renderGeneration.get() + 1);
    }

    // ---------------------------------------------------------------- pages and zoom

    private double effectiveZoom() {
        if (!fitWidth.get()) {
            return clamp(manualZoom.get());
        }
        // the body's pages (page 1 is portrait A4); a landscape appendix then scrolls sideways
        double widest = pageSizes.isEmpty() ? 595 : pageSizes.get(0).widthPt();
        double width = viewportWidth.get();
        if (width <= 0) {
            return 1.0;
        }
        return clamp(width / (widest / 72 * SCREEN_DPI));
    }

    private static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    /** The next zoom step above the current zoom; leaves "fit width". */
    public void zoomIn() {
        double z = zoom.get();
        double next = MAX_ZOOM;
        for (double step : ZOOMS) {
            if (step > z + 0.001) {
                next = step;
                break;
            }
        }
        setZoom(next);
    }

    public void zoomOut() {
        double z = zoom.get();
        double next = MIN_ZOOM;
        for (int i = ZOOMS.length - 1; i >= 0; i--) {
            if (ZOOMS[i] < z - 0.001) {
                next = ZOOMS[i];
                break;
            }
        }
        setZoom(next);
    }

    /** A zoom factor (1.0 = 100 %), clamped to 50–200 %; leaves "fit width". */
    public void setZoom(double factor) {
        manualZoom.set(clamp(factor));
        fitWidth.set(false);
    }

    public void nextPage() {
        if (pageIndex.get() < pageCount.get() - 1) {
            pageIndex.set(pageIndex.get() + 1);
        }
    }

    public void previousPage() {
        if (pageIndex.get() > 0) {
            pageIndex.set(pageIndex.get() - 1);
        }
    }

    /** Page size in screen pixels at the current zoom. */
    public double pageWidthPx(int index) {
        return index < pageSizes.size() ? pageSizes.get(index).widthPt() / 72 * SCREEN_DPI * zoom.get() : 0;
    }

    public double pageHeightPx(int index) {
        return index < pageSizes.size() ? pageSizes.get(index).heightPt() / 72 * SCREEN_DPI * zoom.get() : 0;
    }

    /**
     * The image of page {@code index} at the current zoom: at once when rendered already, else
     * rendered in the background and handed over when ready (only if the zoom has not changed).
     */
    public void requestPage(int index, Consumer<Image> onReady) {
        if (renderer == null || index < 0 || index >= pageCount.get()) {
            return;
        }
        Image cached = cache.get(index);
        if (cached != null) {
            onReady.accept(cached);
            return;
        }
        int generation = renderGeneration.get();
        float dpi = (float) (SCREEN_DPI * zoom.get() * renderScale.get());
        PDFRenderer r = renderer;
        runner.submit(() -> render(r, index, dpi), image -> {
            if (generation == renderGeneration.get() && r == renderer) {
                cache.put(index, image);
                onReady.accept(image);
            }
        }, errors::report);
    }

    /** PDFBox renders one page at a time per document. */
    private static Image render(PDFRenderer r, int index, float dpi) throws IOException {
        BufferedImage image;
        synchronized (r) {
            image = r.renderImageWithDPI(index, dpi, ImageType.RGB);
        }
        return SwingFXUtils.toFXImage(image, null);
    }

    private void invalidatePages() {
        cache.clear();
        renderGeneration.set(renderGeneration.get() + 1);
    }

    // ---------------------------------------------------------------- print and export

    /** Prints the PDF through the system's print dialog; says so when the machine has no printer. */
    public void print() {
        if (pdf == null) {
            return;
        }
        Path file = pdf;
        busy.set(true);
        message.set("");
        runner.submit(() -> {
            if (!printing.hasPrinter()) {
                return Messages.get("preview.print.noPrinter");
            }
            return printing.print(file, title.get()) ? Messages.get("preview.print.sent") : Messages.get("preview.print.cancelled");
        }, text -> {
            busy.set(false);
            message.set(text);
        }, this::failed);
    }

    public void exportDocx(Path target) {
        write(target, documents::writeDocx);
    }

    public void exportPdf(Path target) {
        write(target, documents::writePdf);
    }

    /** The distribution list: PDF when the name ends in ".pdf", DOCX otherwise. */
    public void exportDistribution(Path target) {
        boolean asPdf = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
        write(target, asPdf ? documents::writeDistributionPdf : documents::writeDistributionDocx);
    }

    private void write(Path target, Consumer<Path> writer) {
        busy.set(true);
        message.set("");
        runner.submit(() -> {
            writer.accept(target);
            return target;
        }, written -> {
            busy.set(false);
            message.set(Messages.get("preview.written", written.toAbsolutePath().toString()));
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof UserError u) {
            message.set(u.getMessage());
        } else {
            errors.report(error);
        }
    }

    /** A file name from the title without diacritics: "to-chuc-hoi-nghi-tong-ket-….docx". */
    public String suggestedName(String extension) {
        String base = vn.kehoach.domain.VietnameseText.foldForSearch(title.get()).replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-$", "");
        }
        return (base.isEmpty() ? "ke-hoach" : base) + "." + extension;
    }

    // ---------------------------------------------------------------- closing

    /** Closes the PDF and deletes the temporary files. */
    @Override
    public void close() {
        closeDocument();
        pageSizes.clear();
        cache.clear();
    }

    private void closeDocument() {
        if (document != null) {
            try {
                document.close();
            } catch (IOException e) {
                LOG.warn("Cannot close the preview PDF", e);
            }
            document = null;
            renderer = null;
        }
        if (folder != null) {
            deleteFolder(folder);
            folder = null;
            pdf = null;
        }
    }

    private static void deleteFolder(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("Cannot delete {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot delete {}", dir, e);
        }
    }

    // ---------------------------------------------------------------- properties

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty pageCountProperty() { return pageCount.getReadOnlyProperty(); }
    /** 0-based index of the current page. */
    public IntegerProperty pageIndexProperty() { return pageIndex; }
    /** "Trang 2/8". */
    public ReadOnlyStringProperty pageTextProperty() { return pageText.getReadOnlyProperty(); }
    public BooleanProperty fitWidthProperty() { return fitWidth; }
    /** Width the pages may take, in screen pixels; set by the view. */
    public DoubleProperty viewportWidthProperty() { return viewportWidth; }
    /** Output scale of the screen (2 on a HiDPI screen), so that pages render sharp; set by the view. */
    public DoubleProperty renderScaleProperty() { return renderScale; }
    public ReadOnlyDoubleProperty zoomProperty() { return zoom.getReadOnlyProperty(); }
    /** "125 %". */
    public ReadOnlyStringProperty zoomTextProperty() { return zoomText.getReadOnlyProperty(); }
    /** What just happened (written, no printer, …), or "". */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty verdictSummaryProperty() { return verdictSummary.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty verdictPassedProperty() { return verdictPassed.getReadOnlyProperty(); }
    public ObservableList<Verdict> verdicts() { return FXCollections.unmodifiableObservableList(verdicts); }
    /** Page indexes 0…n-1: what the page list shows. */
    public ObservableList<Integer> pages() { return FXCollections.unmodifiableObservableList(pages); }
    /** Changes whenever rendered pages become stale (new zoom, new document). */
    public ReadOnlyIntegerProperty renderGenerationProperty() { return renderGeneration.getReadOnlyProperty(); }
}
