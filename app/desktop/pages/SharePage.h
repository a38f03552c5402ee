// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contribution/ShareEngine.h"
#include "sharing/SharingPolicy.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Cloudy::Desktop {

class ChartSlot;
class DonationChartView;
class ScheduleEditor;
class ToggleSwitch;

// The Share page: a large on/off switch with the state line (why sharing runs or not, and how to fix it),
// what is shared (presets that fill editable caps, the host's limits beside each), when (always, when the
// computer is idle, or a weekly schedule of profiles painted on a grid), and what is donated now (a live
// chart and today's and this week's totals).
//
// The switch acts at once. Everything else is staged in the form: each field is checked as it is edited
// (policyProblems() names the field, the message shows under it), Apply saves it through the ShareEngine,
// Revert drops the edits, and after Apply an Undo restores the previous settings.
//
// Without an engine (a session with no sharing, as in tests of other pages) the page only explains itself.
class SharePage final : public QWidget
{
    Q_OBJECT

public:
    explicit SharePage(Contribution::ShareEngine *engine, QWidget *parent = nullptr);

    // The policy the form describes (the saved one with the edits applied).
    Sharing::SharingPolicy formPolicy() const;
    bool hasUnappliedChanges() const;
    // The Nearby page's "Join microcloud": fills in the microcloud (staged, like any edit).
    void setMicrocloud(const QString &microcloudId);
    // Reads everything from the engine again (after ShareEngine::start(), which loads the policy and
    // measures the host).
    void reload();
    // The chart of what is donated now (built now if the page has not been painted yet); null when the
    // charts module cannot be loaded (the page says why in its place).
    DonationChartView *donationChart();

private:
    void buildPage();
    QWidget *buildStateRow();
    QWidget *buildCapsBox();
    QWidget *buildWhenBox();
    // The weekly schedule editor, built when first needed (the schedule mode shown): most people never open
    // it, and it is a tenth of the page's widgets.
    ScheduleEditor *scheduleEditor();
    // The profiles and the schedule of the form (the editor's, or the policy's while it is not built).
    QList<Sharing::Profile> profiles() const;
    Sharing::WeeklySchedule weeklySchedule() const;
    QWidget *buildDonatedBox();
    QWidget *buildButtonRow();
    // Registers the label that shows the problems of `field` (a new WrappedLabel when null; one given must
    // wrap its text too).
    QLabel *addErrorLabel(const QString &field, QLabel *label = nullptr);

    void loadForm(const Sharing::SharingPolicy &policy);
    void rebuildInUseChoices(const QString &selected);
    void applyPreset(Sharing::Preset preset);
    void formEdited();
    void updateValidation();
    void updateModeControls();
    void showProblems(const QList<Sharing::PolicyProblem> &problems);

    void apply();
    void revert();
    void undo();
    void switchClicked(bool on);
    void showMessage(const QString &text, bool warning, bool offerUndo = false);

    void updatePolicyWarning();
    void updateDecision(const Sharing::SharingDecision &decision);
    void updateNodeStatus(const Contribution::NodeStatus &status);
    void usageSampled(const Metering::UsageReading &reading, double cpuCores);
    void updateTotals();
    void loadHistory();
    void showNow(const Metering::UsageReading &reading, double cpuCores);
    void updateLimits();

    QPointer<Contribution::ShareEngine> m_engine;
    Sharing::HostCapacity m_capacity;
    bool m_loading = false;
    std::optional<Sharing::SharingPolicy> m_undoPolicy;

    QLabel *m_policyWarning = nullptr;
    ToggleSwitch *m_switch = nullptr;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_stateLine = nullptr;
    QLabel *m_nodeLine = nullptr;
    QPushButton *m_pause = nullptr;

    QLineEdit *m_microcloud = nullptr;
    QLineEdit *m_image = nullptr;
    QRadioButton *m_kindQemu = nullptr;
    QRadioButton *m_kindLxc = nullptr;
    QLabel *m_kindNote = nullptr; // when a change of kind applies (shown while one is staged)
    QButtonGroup *m_presets = nullptr;
    QSpinBox *m_vcpus = nullptr;
    QSpinBox *m_cpuPercent = nullptr;
    QSpinBox *m_memory = nullptr;
    QSpinBox *m_disk = nullptr;
    QLabel *m_vcpusLimit = nullptr;
    QLabel *m_memoryLimit = nullptr;
    QLabel *m_diskLimit = nullptr;
    QLabel *m_hostSummary = nullptr;

    QRadioButton *m_modeAlways = nullptr;
    QRadioButton *m_modeIdle = nullptr;
    QRadioButton *m_modeSchedule = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QLabel *m_graceLabel = nullptr;
    QSpinBox *m_grace = nullptr;
    QComboBox *m_inUse = nullptr;
    QCheckBox *m_battery = nullptr;

    QGridLayout *m_contentGrid = nullptr;
    ScheduleEditor *m_schedule = nullptr; // see scheduleEditor()
    QList<Sharing::Profile> m_profiles; // the policy's, while the editor is not built
    Sharing::WeeklySchedule m_weekly;

    ChartSlot *m_chartSlot = nullptr;
    DonationChartView *m_chart = nullptr; // made by m_chartSlot, owned by it
    QLabel *m_now = nullptr;
    QLabel *m_today = nullptr;
    QLabel *m_week = nullptr;

    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_generalError = nullptr;
    // Field path ("caps.vcpus", "profiles", "schedule", …) → the label that shows its problem.
    QHash<QString, QLabel *> m_errors;
};

} // namespace Cloudy::Desktop
