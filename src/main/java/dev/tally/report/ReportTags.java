package dev.tally.report;

import dev.tally.audit.AuditLog;
import dev.tally.common.Caller;
import dev.tally.common.Revalidation;
import jakarta.inject.Singleton;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.zip.ZipFile;

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
    private final ReportReads reads;
    private final String service;

    ReportTags(AuditLog audit, ReportReads reads, ReportSettings settings) {
        this.audit = audit;
        this.reads = reads;
        this.service = settings + " " + build();
    }

    String of(Caller caller, String report, Object... parameters) {
        // From where the report's rows come: a count read on the primary could name changes the replica has not replayed.
        long changes = reads.fromReplica() ? audit.changeCountOnReplica(caller.orgId()) : audit.changeCount(caller.orgId());
        return Revalidation.tagOf(report, caller.orgId(), caller.userId(), new TreeSet<>(caller.roles()), Arrays.asList(parameters),
                service, changes);
    }

    /**
     * The running build: the names and checksums of its jar's entries, read from the jar's directory (no content is
     * read), the same on every instance of one release and different for any change to a class; run from classes
     * (tests, development), this process's start, as those may change with every run.
     */
    private static String build() {
        CodeSource source = ReportTags.class.getProtectionDomain().getCodeSource();
        if (source != null) {
            try (ZipFile jar = new ZipFile(new File(source.getLocation().toURI()))) {
                StringBuilder entries = new StringBuilder();
                jar.stream().forEach(entry -> entries.append(entry.getName()).append(' ').append(entry.getCrc()).append('\n'));
                return "jar " + Revalidation.tagOf(entries);
            } catch (IOException | URISyntaxException | IllegalArgumentException e) {
                // not a jar: named by the process's start below
            }
        }
        return "started " + ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
