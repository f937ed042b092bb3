package dev.tally.report;

import dev.tally.audit.AuditLog;
import dev.tally.common.Caller;
import dev.tally.common.Revalidation;
import jakarta.inject.Singleton;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.TreeSet;

/**
 * Entity tags for reports that a conditional request can match without the report being built. A report shows what
 * its reader may see of the organisation's committed changes, so it is named by which report it is with its
 * parameters, who reads it (their id and roles: access and blind scoring shape what they see) and the organisation's
 * change count, which every change moves as it commits, a draft's saves aside (no report shows a draft, and they must
 * not tell anyone that a co-panelist scored). Take the tag before reading anything the report shows: a change committed
 * after that moves a later tag, so a 304 never stands for an older report. What the service itself brings, its
 * thresholds and its code, counts too: a new release or setting may show the same data otherwise.
 */
@Singleton
class ReportTags {

    private final AuditLog audit;
    private final String service;

    ReportTags(AuditLog audit, ReportSettings settings) {
        this.audit = audit;
        this.service = settings + " " + build();
    }

    String of(Caller caller, String report, Object... parameters) {
        return Revalidation.tagOf(report, caller.orgId(), caller.userId(), new TreeSet<>(caller.roles()), Arrays.asList(parameters),
                service, audit.changeCount(caller.orgId()));
    }

    /**
     * The running build: its jar's size and time, the same on every instance of one release; run from classes (tests,
     * development), this process's start, as those classes may change with every run.
     */
    private static String build() {
        CodeSource source = ReportTags.class.getProtectionDomain().getCodeSource();
        if (source != null) {
            try {
                File code = new File(source.getLocation().toURI());
                if (code.isFile()) {
                    return "jar " + code.length() + " " + code.lastModified();
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file: named by the process's start below
            }
        }
        return "started " + ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
