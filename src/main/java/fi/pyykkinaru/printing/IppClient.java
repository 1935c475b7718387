package fi.pyykkinaru.printing;

import com.hp.jipp.cups.Cups;
import com.hp.jipp.encoding.IppInputStream;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.JobState;
import com.hp.jipp.model.PrinterState;
import com.hp.jipp.model.Status;
import com.hp.jipp.model.Types;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The few IPP operations the queue needs, over plain HTTP to a CUPS queue: print a PDF, follow its job, read the
 * printer's state and reasons, cancel, and find a job by its name after a restart. javax.print would hide
 * exactly these (job ids, job state, faults), so the requests are built with jipp and sent here.
 */
@org.springframework.stereotype.Component
public class IppClient {

    private static final String USER = "pyykkinaru";
    private static final Duration CONNECT = Duration.ofSeconds(2);
    private static final Duration ANSWER = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT).build();

    /** Sends the document; returns the printer's job id. */
    public int print(URI printer, String jobName, String media, byte[] pdf) throws PrinterException {
        IppPacket request = IppPacket.printJob(printer)
                .putOperationAttributes(Types.requestingUserName.of(USER), Types.jobName.of(jobName),
                        Types.documentFormat.of("application/pdf"))
                .putJobAttributes(Types.media.of(media))
                .build();
        IppPacket response = exchange(printer, request, pdf);
        Integer id = response.getValue(Tag.jobAttributes, Types.jobId);
        if (id == null) {
            throw new PrinterException("The printer accepted the job but gave no job id", false);
        }
        return id;
    }

    public JobStatus job(URI printer, int jobId) throws PrinterException {
        IppPacket response = exchange(printer, IppPacket.getJobAttributes(printer, jobId)
                .putOperationAttributes(Types.requestingUserName.of(USER),
                        Types.requestedAttributes.of("job-state", "job-state-reasons", "job-state-message"))
                .build(), null);
        JobState state = Objects.requireNonNullElse(response.getValue(Tag.jobAttributes, Types.jobState), JobState.pending);
        String message = Optional.ofNullable(response.getString(Tag.jobAttributes, Types.jobStateMessage))
                .filter(m -> !m.isBlank())
                .orElse("");
        return new JobStatus(state.getCode(), response.getStrings(Tag.jobAttributes, Types.jobStateReasons), message);
    }

    public PrinterStatus printer(URI printer) throws PrinterException {
        IppPacket response = exchange(printer, IppPacket.getPrinterAttributes(printer, Types.printerState,
                Types.printerStateReasons, Types.printerStateMessage, Types.printerIsAcceptingJobs)
                .putOperationAttributes(Types.requestingUserName.of(USER)).build(), null);
        PrinterState state = Objects.requireNonNullElse(response.getValue(Tag.printerAttributes, Types.printerState), PrinterState.idle);
        Boolean accepting = response.getValue(Tag.printerAttributes, Types.printerIsAcceptingJobs);
        return PrinterStatus.reachable(state.getCode(), !Boolean.FALSE.equals(accepting),
                response.getStrings(Tag.printerAttributes, Types.printerStateReasons),
                Objects.requireNonNullElse(response.getString(Tag.printerAttributes, Types.printerStateMessage), ""));
    }

    public void cancel(URI printer, int jobId) throws PrinterException {
        exchange(printer, IppPacket.cancelJob(printer, jobId)
                .putOperationAttributes(Types.requestingUserName.of(USER)).build(), null);
    }

    /**
     * The print queues a CUPS server offers (CUPS-Get-Printers), by name, each with the IPP address to print to
     * (on {@code server}'s host and port, as organisers reach it) and its state.
     */
    public List<Queue> queues(URI server) throws PrinterException {
        IppPacket request = new IppPacket.Builder(Cups.Operation.cupsGetPrinters, IppPacket.DEFAULT_VERSION_NUMBER,
                IppPacket.DEFAULT_REQUEST_ID)
                .putOperationAttributes(Types.requestingUserName.of(USER), Types.requestedAttributes.of("printer-name",
                        "printer-info", "printer-location", "printer-state", "printer-state-reasons",
                        "printer-state-message", "printer-is-accepting-jobs"))
                .build();
        URI root = URI.create(server.getScheme() + "://" + server.getHost() + ":" + (server.getPort() == -1 ? 631
                : server.getPort()) + "/");
        IppPacket response = exchange(root, request, null);
        String ipp = "ipps".equals(server.getScheme()) || "https".equals(server.getScheme()) ? "ipps" : "ipp";
        return response.getAttributeGroups().stream().filter(g -> g.getTag().equals(Tag.printerAttributes))
                .filter(g -> g.getString(Types.printerName) != null)
                .map(g -> {
                    String name = Objects.requireNonNull(g.getString(Types.printerName));
                    PrinterState state = Objects.requireNonNullElse(g.getValue(Types.printerState), PrinterState.idle);
                    Boolean accepting = g.getValue(Types.printerIsAcceptingJobs);
                    PrinterStatus status = PrinterStatus.reachable(state.getCode(), !Boolean.FALSE.equals(accepting),
                            g.getStrings(Types.printerStateReasons),
                            Objects.requireNonNullElse(g.getString(Types.printerStateMessage), ""));
                    return new Queue(name, Objects.requireNonNullElse(g.getString(Types.printerInfo), ""),
                            Objects.requireNonNullElse(g.getString(Types.printerLocation), ""),
                            ipp + "://" + root.getHost() + ":" + root.getPort() + "/printers/" + name, status);
                })
                .sorted(java.util.Comparator.comparing(Queue::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The id of a job of ours with this name, if the printer knows one (done or not). */
    public Optional<Integer> findJob(URI printer, String jobName) throws PrinterException {
        IppPacket response = exchange(printer, IppPacket.getJobs(printer)
                .putOperationAttributes(Types.requestingUserName.of(USER), Types.whichJobs.of("all"),
                        Types.requestedAttributes.of("job-id", "job-name"))
                .build(), null);
        return response.getAttributeGroups().stream().filter(g -> g.getTag().equals(Tag.jobAttributes))
                .filter(g -> jobName.equals(g.getString(Types.jobName)))
                .map(g -> g.getValue(Types.jobId)).filter(Objects::nonNull).findFirst();
    }

    private IppPacket exchange(URI printer, IppPacket request, byte @Nullable [] document) throws PrinterException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(document == null ? 512 : document.length + 512);
        try {
            request.write(body);
            if (document != null) {
                body.write(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest http = HttpRequest.newBuilder(httpAddress(printer)).timeout(ANSWER)
                .header("Content-Type", "application/ipp")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<byte[]> answer;
        try {
            answer = this.http.send(http, HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.net.ConnectException | java.net.http.HttpConnectTimeoutException e) {
            throw new PrinterException("The print server does not answer (" + describe(e) + ")", true);
        } catch (IOException e) {
            throw new PrinterException("The print server did not finish answering (" + describe(e) + ")", true, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrinterException("Interrupted", true);
        }
        if (answer.statusCode() != 200) {
            throw new PrinterException("The print server answered HTTP " + answer.statusCode(), answer.statusCode() >= 500);
        }
        IppPacket response;
        try (IppInputStream in = new IppInputStream(new ByteArrayInputStream(answer.body()))) {
            response = in.readPacket();
        } catch (IOException | RuntimeException e) {
            throw new PrinterException("The print server's answer could not be read", true);
        }
        int status = response.getCode();
        if (status >= 0x0100) {
            String message = Objects.requireNonNullElse(response.getString(Tag.operationAttributes, Types.statusMessage), "");
            throw new PrinterException(Optional.ofNullable(Status.all.get(status)).map(Status::toString).orElse("IPP status 0x" + Integer.toHexString(status)) + (message.isBlank() ? "" : ": " + message),
                    status == Status.serverErrorNotAcceptingJobs.getCode() || status >= 0x0500
                            || status == Status.clientErrorNotPossible.getCode());
        }
        return response;
    }

    /** {@code ipp://host:631/printers/X} is HTTP on the same port; {@code ipps} is HTTPS. */
    static URI httpAddress(URI printer) {
        String scheme = switch (printer.getScheme()) {
            case "ipp", "http" -> "http";
            case "ipps", "https" -> "https";
            default -> throw new IllegalArgumentException("Not an IPP address: " + printer);
        };
        int port = printer.getPort() == -1 ? 631 : printer.getPort();
        return URI.create(scheme + "://" + printer.getHost() + ":" + port + printer.getRawPath());
    }

    private static String describe(IOException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A print queue of a CUPS server: its name, description and location as set in CUPS, address and state. */
    public record Queue(String name, String info, String location, String address, PrinterStatus status) {
    }

    /** A job's state as the printer reports it; {@code state} is the IPP code (3 pending … 9 completed). */
    public record JobStatus(int state, List<String> reasons, String message) {
    }
}
