package fi.pyykkinaru.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Distinct phones arriving evenly over a time, each loading a session's page and voting (scores round the
 * scale): their page-load and vote times in ms, and what failed.
 */
record PhoneBurst(List<Long> loads, List<Long> votes, List<String> errors, double seconds) {

    static PhoneBurst run(String page, int phones, Duration over) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> loads = Collections.synchronizedList(new ArrayList<>());
        List<Long> votes = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        long started = System.nanoTime();
        try (ExecutorService arrivals = Executors.newVirtualThreadPerTaskExecutor()) {
            long gap = over.toNanos() / phones;
            for (int i = 0; i < phones; i++) {
                long arrival = started + i * gap;
                int score = i % 5 - 2;
                arrivals.submit(() -> {
                    try {
                        long wait = arrival - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(Duration.ofNanos(wait));
                        }
                        PhoneVoteLoad.phone(http, page, score, loads, votes);
                    } catch (Exception e) {
                        errors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                });
            }
        }
        return new PhoneBurst(List.copyOf(loads), List.copyOf(votes), List.copyOf(errors), (System.nanoTime() - started) / 1e9);
    }
}
