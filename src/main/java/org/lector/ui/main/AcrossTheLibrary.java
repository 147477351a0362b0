package org.lector.ui.main;

import org.lector.model.Document;
import org.lector.ui.claims.ClaimsViewModel;
import org.lector.ui.claims.ClaimsWindow;
import org.lector.ui.people.PeopleViewModel;
import org.lector.ui.people.PeopleWindow;
import org.lector.ui.versions.VersionsViewModel;
import org.lector.ui.versions.VersionsWindow;

/**
 * The windows of the views across the library (people, claims, versions of the article shown), each made on first
 * use and kept; an article chosen in one of them opens in the main window at the passage chosen.
 */
final class AcrossTheLibrary {

    private final MainViewModel viewModel;
    private PeopleWindow people;
    private ClaimsWindow claims;
    private VersionsWindow versions;

    AcrossTheLibrary(MainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    void showPeople() {
        viewModel.dialogs().open(owner -> {
            if (people == null) {
                people = new PeopleWindow(owner, new PeopleViewModel(viewModel::libraryViews, viewModel.tasks(),
                        viewModel.dialogs(), viewModel::showStored));
            }
            people.show();
        });
    }

    void showClaims() {
        viewModel.dialogs().open(owner -> {
            if (claims == null) {
                claims = new ClaimsWindow(owner, new ClaimsViewModel(viewModel::libraryViews, viewModel.tasks(),
                        viewModel.dialogs(), viewModel::showStored));
            }
            claims.show();
        });
    }

    void showVersions() {
        Document shown = viewModel.reader().getDocument();
        viewModel.dialogs().open(owner -> {
            if (versions == null) {
                versions = new VersionsWindow(owner, new VersionsViewModel(viewModel::libraryViews, viewModel.tasks(),
                        viewModel.dialogs(), viewModel::showStored));
            }
            versions.show(shown == null ? null : shown.source(), shown == null ? "no article" : shown.title());
        });
    }
}
