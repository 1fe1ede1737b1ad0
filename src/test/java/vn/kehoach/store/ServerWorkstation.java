package vn.kehoach.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanEdit;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskKind;

/**
 * A workstation on a PostgreSQL database, in its own JVM, for {@code TwoWorkstationsOnServerTest}.
 * Arguments: host, port, database, user, password. Commands on stdin:
 * {@code write TAG N PLAN TASK MOVEMENT NOMINATION} (N times: add a task and a nomination named TAG-i, and
 * edit the shared task and nomination as a person would — read, think a moment, save; prints
 * {@code done TASK_SAVES TASK_REFUSALS NOMINATION_SAVES NOMINATION_REFUSALS}),
 * {@code open PLAN} (reads the plan, as the builder does), {@code retitle TITLE} (saves the plan
 * read last with that title; prints {@code ok} or {@code refused MESSAGE}), {@code quit}.
 */
public final class ServerWorkstation {
    public static void main(String[] args) throws Exception {
        ServerDatabase where = new ServerDatabase(args[0], Integer.parseInt(args[1]), args[2],
                new ServerLogin(args[3], args[4]));
        try (Database db = Database.open(where, false)) {
            System.out.println("ready");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            Plan held = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cmd = line.split(" ", 2);
                switch (cmd[0]) {
                    case "write" -> System.out.println(write(db, cmd[1].split(" ")));
                    case "open" -> {
                        held = new PlanRepository(db).get(Long.parseLong(cmd[1]));
                        System.out.println("ok");
                    }
                    case "retitle" -> {
                        try {
                            new PlanRepository(db).save(PlanEdit.of(held).title(cmd[1]).build());
                            System.out.println("ok");
                        } catch (ConcurrentEditException e) {
                            System.out.println("refused " + e.getLocalizedMessage().replace('\n', ' '));
                        }
                    }
                    case "quit" -> {
                        System.out.println("bye");
                        return;
                    }
                    default -> System.out.println("?");
                }
                System.out.flush();
            }
        }
    }

    private static String write(Database db, String[] a) throws InterruptedException {
        String tag = a[0];
        int n = Integer.parseInt(a[1]);
        long planId = Long.parseLong(a[2]);
        long taskId = Long.parseLong(a[3]);
        long movementId = Long.parseLong(a[4]);
        long nominationId = Long.parseLong(a[5]);
        TaskService tasks = new TaskService(db, Clock.systemDefaultZone());
        AwardRepository awards = new AwardRepository(db);
        int[] counts = new int[4];
        for (int i = 1; i <= n; i++) {
            Task shared = tasks.ofPlan(planId).stream().filter(t -> t.id() == taskId).findFirst().orElseThrow();
            tasks.add(planId, Task.of(TaskKind.TASK, tag + "-" + i, shared.leadUnitId(), List.of(),
                    LocalDate.of(2026, 3, 1)));
            Nomination common = awards.nominations(movementId).stream().filter(x -> x.id() == nominationId)
                    .findFirst().orElseThrow();
            awards.saveNomination(copy(common, null, tag + "-" + i, common.achievement(), 0));
            pause();
            try {
                tasks.update(planId, new Task(shared.id(), shared.kind(), shared.title(), shared.details(),
                        shared.leadUnitId(), shared.supportingUnitIds(), shared.deliverable(), shared.dueDate(),
                        shared.yearlyDueMonth(), shared.yearlyDueDay(), shared.daysBeforeEvent(), shared.status(),
                        shared.doneDate(), tag + "-" + i, shared.rowVersion()));
                counts[0]++;
            } catch (ConcurrentEditException e) {
                counts[1]++;
            }
            try {
                awards.saveNomination(copy(common, common.id(), common.nomineeName(), tag + "-" + i,
                        common.rowVersion()));
                counts[2]++;
            } catch (ConcurrentEditException e) {
                counts[3]++;
            }
        }
        return "done " + counts[0] + " " + counts[1] + " " + counts[2] + " " + counts[3];
    }

    /** The moment between reading a row and saving it, when the other workstation may save first. */
    private static void pause() throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextInt(1, 8));
    }

    private static Nomination copy(Nomination n, Long id, String name, String achievement, int rowVersion) {
        return new Nomination(id, n.movementId(), n.nomineeKind(), name, n.positionTitle(), n.unitId(),
                n.districtId(), n.communeId(), n.villageId(), achievement, n.awardFormId(), n.proposingBodyId(),
                n.receivedDate(), n.status(), n.returnReason(), n.decisionNumber(), n.decisionDate(), n.prizeAmount(),
                n.contributionAmount(), n.exemplary(), rowVersion);
    }
}
