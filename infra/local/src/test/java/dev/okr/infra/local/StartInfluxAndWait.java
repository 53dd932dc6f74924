package dev.okr.infra.local;

/** Starts an influxd tied to this JVM, prints its PID, then waits to be killed. */
public final class StartInfluxAndWait {

    private StartInfluxAndWait() {}

    public static void main(String[] args) throws Exception {
        LocalInflux influx = LocalInflux.builder().start();
        System.out.println("started " + influx.pid() + " " + influx.dataDir());
        System.out.flush();
        // Bounded: a test that forgets to kill us must not leave a JVM behind.
        Thread.sleep(120_000);
        influx.close();
    }
}
