package dev.tally.support;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a page prints: Chromium's A4 PDF of it, as the text of each page by poppler's pdftotext. */
public final class PrintedPages {

    private PrintedPages() {
    }

    /** The text of each printed page in reading order. */
    public static List<String> of(Page page) {
        return pages(page, false);
    }

    /** The same with pdftotext's -layout: table cells stay on the line they are printed on. */
    public static List<String> laidOut(Page page) {
        return pages(page, true);
    }

    private static List<String> pages(Page page, boolean layout) {
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true));
        try {
            Path file = Files.createTempFile("printed", ".pdf");
            try {
                Files.write(file, pdf);
                List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
                if (layout) {
                    command.add("-layout");
                }
                command.addAll(List.of(file.toString(), "-"));
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(process.waitFor()).as(text).isZero();
                return Arrays.stream(text.split("\f")).map(String::strip).filter(pageText -> !pageText.isEmpty()).toList();
            } finally {
                Files.delete(file);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
