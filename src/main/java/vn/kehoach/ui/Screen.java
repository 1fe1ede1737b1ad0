package vn.kehoach.ui;

/** The screens of the main window, in the order of the navigation. */
public enum Screen {
    OVERVIEW("navOverview", "extras.nav.overview"),
    PLANS("navPlans", "ui.nav.plans"),
    TASKS("navTasks", "ui.nav.tasks"),
    AWARDS("navAwards", "ui.nav.awards"),
    DIRECTORY("navDirectory", "ui.nav.directory"),
    SETTINGS("navSettings", "ui.nav.settings");

    private final String navId;
    private final String labelKey;

    Screen(String navId, String labelKey) {
        this.navId = navId;
        this.labelKey = labelKey;
    }

    public String navId() {
        return navId;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The page of the in-app guide about this screen. */
    public String helpPage() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
