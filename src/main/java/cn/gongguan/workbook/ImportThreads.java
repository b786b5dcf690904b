package cn.gongguan.workbook;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;

/**
 * The threads every import runs on, off the request: two at a time whatever is imported, so that imports cannot take
 * every database connection.
 */
@Component
public class ImportThreads {

    private final ExecutorService threads = Executors.newFixedThreadPool(2, Thread.ofPlatform()
            .name("workbook-import-", 1).daemon().factory());

    ExecutorService executor() {
        return threads;
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
