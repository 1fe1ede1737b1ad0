package vn.kehoach.ui.preview;

import java.awt.print.PrinterAbortException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.nio.file.Path;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import vn.kehoach.domain.UserError;

/**
 * Printing the exported PDF through the system's print dialog. The default prints with
 * {@code java.awt.print} and PDFBox's {@link PDFPageable} (vector output, each page in its own
 * orientation); tests give a fake.
 */
public interface Printing {
    /** Whether the system knows at least one printer. */
    boolean hasPrinter();

    /**
     * Shows the print dialog and prints {@code pdf}; blocks until done. Call it off the JavaFX thread.
     *
     * @return false when the person cancelled the dialog
     */
    boolean print(Path pdf, String jobName);

    /** The system printers. */
    static Printing system() {
        return new Printing() {
            @Override
            public boolean hasPrinter() {
                PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
                return services != null && services.length > 0;
            }

            @Override
            public boolean print(Path pdf, String jobName) {
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    PrinterJob job = PrinterJob.getPrinterJob();
                    job.setJobName(jobName);
                    job.setPageable(new PDFPageable(doc));
                    if (!job.printDialog()) {
                        return false;
                    }
                    job.print();
                    return true;
                } catch (PrinterAbortException e) {
                    return false;
                } catch (PrinterException | java.io.IOException | java.awt.HeadlessException e) {
                    throw new UserError(e, "preview.print.failed");
                }
            }
        };
    }
}
