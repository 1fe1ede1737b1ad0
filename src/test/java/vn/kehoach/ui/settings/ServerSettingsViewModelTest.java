package vn.kehoach.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.BackupService;
import vn.kehoach.store.DataLocation;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.ServerDatabase;
import vn.kehoach.store.ServerLogin;
import vn.kehoach.ui.DatabaseSwitcher;
import vn.kehoach.ui.SameThreadTaskRunner;

/** Settings' server field: a typed address and user open the server; the login stays in the person's own settings. */
class ServerSettingsViewModelTest {
    @TempDir
    Path temp;

    private final List<DataLocation> opened = new ArrayList<>();
    private final DatabaseSwitcher switcher = new DatabaseSwitcher() {
        @Override
        public void switchTo(DataLocation where, boolean create) {
            opened.add(where);
        }

        @Override
        public void restore(BackupService.Backup backup) {
            throw new AssertionError("no restore here");
        }
    };

    private SettingsViewModel settings(DataLocation shown, AppHome home) {
        return new SettingsViewModel(shown, false, List::of, () -> null, switcher, new SameThreadTaskRunner(),
                e -> { throw new AssertionError(e); }, home.serverLogin(), home::rememberServerLogin);
    }

    @Test
    void aTypedServerIsOpenedAndItsLoginRememberedForTheNextStart() {
        AppHome home = new AppHome(temp.resolve("home"));
        SettingsViewModel vm = settings(home.defaultDatabase(), home);
        assertThat(vm.mayRestore()).isTrue();
        vm.serverAddressProperty().set("postgresql://csdl.sonnptnt.local/kehoach");
        vm.serverUserProperty().set(" kehoach_app ");
        vm.serverPasswordProperty().set("mật-khẩu");
        vm.connectServer();

        ServerLogin login = new ServerLogin("kehoach_app", "mật-khẩu");
        assertThat(opened).containsExactly(new ServerDatabase("csdl.sonnptnt.local", 5432, "kehoach", login));
        assertThat(vm.errorProperty().get()).isEmpty();
        if (System.getenv(AppHome.USER_ENV) == null) {
            assertThat(home.serverLogin()).isEqualTo(login);
            assertThat(home.location("postgresql://csdl.sonnptnt.local:5432/kehoach")).isEqualTo(opened.get(0));
        }
        // shown on a server: restores are the server's job, and Settings says so
        SettingsViewModel onServer = settings(opened.get(0), home);
        assertThat(onServer.mayRestore()).isFalse();
        assertThat(onServer.backupHint()).contains("người quản trị máy chủ");
        assertThat(onServer.serverAddressProperty().get()).isEqualTo("postgresql://csdl.sonnptnt.local:5432/kehoach");
    }

    @Test
    void anAddressThatIsNotAServersIsRefusedBeforeAnythingHappens() {
        AppHome home = new AppHome(temp.resolve("home"));
        SettingsViewModel vm = settings(new DatabaseFile(temp.resolve("kehoach")), home);
        for (String bad : List.of("postgresql://máy chủ/kehoach", "postgresql://host:5432/kehoach?sslfactory=x",
                "postgresql://host:99999/kehoach", "postgresql://host")) {
            vm.serverAddressProperty().set(bad);
            vm.connectServer();
            assertThat(vm.errorProperty().get()).as(bad).contains("không đúng dạng");
        }
        assertThat(opened).isEmpty();
    }
}
