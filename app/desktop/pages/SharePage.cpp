// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharePage.h"

#include "ChartSlot.h"
#include "PageHeader.h"
#include "Section.h"
#include "WrappedLabel.h"
#include "metering/UsageStore.h"
#include "share/PauseForAnHour.h"
#include "share/ScheduleEditor.h"
#include "share/ScheduleGrid.h"
#include "share/SharingStateStyle.h"
#include "share/ToggleSwitch.h"
#include "sharing/ResourceCaps.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Cloudy::Desktop {

using Sharing::Preset;
using Sharing::Profile;
using Sharing::SharingMode;
using Sharing::SharingPolicy;

namespace {

QString gibText(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0 * 1024.0), 'f', 1);
}

QString hoursText(double seconds)
{
    return QLocale().toString(seconds / 3600.0, 'f', seconds >= 36000 ? 0 : 1);
}

// The group a policy problem's field is shown in: "profiles[1].memoryMiB" → "profiles",
// "schedule.mon[18]" → "schedule"; the caps' own fields keep their full path.
QString errorGroup(const QString &field)
{
    if (field.startsWith(QLatin1String("profiles")))
        return QStringLiteral("profiles");
    if (field.startsWith(QLatin1String("schedule")))
        return QStringLiteral("schedule");
    return field;
}

// A widget made after the window's others comes last in its tab order, with its children: moves the ones that
// take the focus by Tab to right after `after`, in their order. (QWidget::setTabOrder() moves one widget, and
// none that takes no focus itself, as a group box or a section.)
void placeInTabOrder(QWidget *after, QWidget *block)
{
    QList<QWidget *> focusable;
    for (QWidget *w = block; w == block || block->isAncestorOf(w); w = w->nextInFocusChain()) {
        if (w->focusPolicy() & Qt::TabFocus)
            focusable.append(w);
        if (w->nextInFocusChain() == block)
            break;
    }
    for (QWidget *w : std::as_const(focusable)) {
        QWidget::setTabOrder(after, w);
        after = w;
    }
}

} // namespace

SharePage::SharePage(Contribution::ShareEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
{
    if (!m_engine) {
        setUpPage(this,
                  {QStringLiteral("sharePage"), QStringLiteral(":/icons/share.svg"), tr("Share"),
                   tr("Donate CPU, memory and disk to your microcloud, within limits you choose.")},
                  tr("Sharing is not available in this session."));
        return;
    }
    setObjectName(QStringLiteral("sharePage"));
    setAccessibleName(tr("Share"));
    buildPage();

    connect(m_engine, &Contribution::ShareEngine::policyChanged, this, [this](const SharingPolicy &policy) {
        m_switch->setChecked(policy.enabled);
        // Someone else (cloudyctl, the tray) changed the policy: show it, unless the user is editing.
        if (!m_apply->isEnabled() && !m_revert->isEnabled())
            loadForm(policy);
        else
            updateValidation();
        updatePolicyWarning();
        updateDecision(m_engine->decision());
    });
    connect(m_engine, &Contribution::ShareEngine::decisionChanged, this, &SharePage::updateDecision);
    connect(m_engine, &Contribution::ShareEngine::nodeStatusChanged, this, &SharePage::updateNodeStatus);
    connect(m_engine, &Contribution::ShareEngine::usageSampled, this, &SharePage::usageSampled);
    reload();
}

// ---------------------------------------------------------------------------------------------------------
// Building
// ---------------------------------------------------------------------------------------------------------

void SharePage::buildPage()
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(QStringLiteral(":/icons/share.svg"), tr("Share"),
                                     tr("Donate CPU, memory and disk to your microcloud, within limits you "
                                        "choose."),
                                     this));

    m_policyWarning = new WrappedLabel(this);
    m_policyWarning->setObjectName(QStringLiteral("sharePolicyWarning"));
    m_policyWarning->setTextFormat(Qt::PlainText);
    m_policyWarning->setMargin(8);
    m_policyWarning->setAutoFillBackground(true);
    QPalette warningPalette = m_policyWarning->palette();
    warningPalette.setColor(QPalette::Window, QColor(0xFF, 0xF3, 0xCD));
    warningPalette.setColor(QPalette::WindowText, QColor(0x66, 0x4D, 0x03));
    m_policyWarning->setPalette(warningPalette);
    m_policyWarning->setFrameShape(QFrame::StyledPanel);
    m_policyWarning->hide();
    layout->addWidget(m_policyWarning);
    layout->addWidget(buildStateRow());

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("shareContent"));
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(buildCapsBox(), 0, 0);
    grid->addWidget(buildDonatedBox(), 0, 1);
    grid->addWidget(buildWhenBox(), 1, 0, 1, 2);
    m_contentGrid = grid; // the schedule editor goes in row 2 when it is first needed
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("shareScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    layout->addWidget(buildButtonRow());
}

QWidget *SharePage::buildStateRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 4);

    m_switch = new ToggleSwitch(tr("&Share this computer"), row);
    m_switch->setObjectName(QStringLiteral("shareSwitch"));
    m_switch->setAccessibleName(tr("Share this computer"));
    m_switch->setToolTip(tr("Switches sharing on or off at once. What is shared and when is set below."));
    connect(m_switch, &QAbstractButton::clicked, this, &SharePage::switchClicked);

    m_stateIcon = new QLabel(row);
    m_stateIcon->setObjectName(QStringLiteral("shareStateIcon"));
    m_stateLine = new WrappedLabel(row);
    m_stateLine->setObjectName(QStringLiteral("shareStateLine"));
    m_stateLine->setTextFormat(Qt::PlainText);
    m_stateLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont stateFont = m_stateLine->font();
    stateFont.setBold(true);
    m_stateLine->setFont(stateFont);
    m_nodeLine = new WrappedLabel(row);
    m_nodeLine->setObjectName(QStringLiteral("shareNodeLine"));
    m_nodeLine->setTextFormat(Qt::PlainText);
    m_nodeLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nodeLine->setForegroundRole(QPalette::PlaceholderText);
    m_nodeLine->hide();

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_stateLine);
    text->addWidget(m_nodeLine);
    m_pause = new QPushButton(row);
    m_pause->setObjectName(QStringLiteral("sharePause"));
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (const std::optional<Error> error = togglePause(*m_engine))
            showMessage(error->message, true);
    });

    layout->addWidget(m_switch, 0, Qt::AlignVCenter);
    layout->addSpacing(24);
    layout->addWidget(m_stateIcon, 0, Qt::AlignVCenter);
    layout->addLayout(text, 1);
    layout->addWidget(m_pause, 0, Qt::AlignVCenter);
    return row;
}

QLabel *SharePage::addErrorLabel(const QString &field, QLabel *label)
{
    if (!label)
        label = new WrappedLabel(this);
    label->setObjectName(QStringLiteral("shareError:") + field);
    label->setTextFormat(Qt::PlainText);
    QPalette errorPalette = label->palette();
    errorPalette.setColor(QPalette::WindowText, sharingStateColor(Sharing::SharingState::Unavailable));
    label->setPalette(errorPalette);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

QWidget *SharePage::buildCapsBox()
{
    auto *box = new Section(tr("What you share"), this);
    box->setObjectName(QStringLiteral("shareCaps"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *presetRow = new QHBoxLayout;
    m_presets = new QButtonGroup(this);
    m_presets->setExclusive(false); // none is checked when the values are the user's own
    const struct
    {
        Preset preset;
        QString text;
        QString objectName;
    } presets[] = {
        {Preset::Light, tr("&Light"), QStringLiteral("presetLight")},
        {Preset::Balanced, tr("&Balanced"), QStringLiteral("presetBalanced")},
        {Preset::Full, tr("&Full"), QStringLiteral("presetFull")},
    };
    for (const auto &entry : presets) {
        auto *button = new QPushButton(entry.text, box);
        button->setObjectName(entry.objectName);
        button->setCheckable(true);
        m_presets->addButton(button, int(entry.preset));
        presetRow->addWidget(button);
        const Preset preset = entry.preset;
        connect(button, &QPushButton::clicked, this, [this, preset] { applyPreset(preset); });
    }
    presetRow->addStretch(1);
    auto *presetLabel = new QLabel(tr("Presets:"), box);
    form->addRow(presetLabel, presetRow);

    const auto spinRow = [this, box, form](const QString &label, const QString &objectName, QSpinBox *spin,
                                           QLabel *limit, const QString &field) {
        spin->setObjectName(objectName);
        auto *caption = new QLabel(label, box);
        caption->setBuddy(spin);
        spin->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        auto *row = new QHBoxLayout;
        row->addWidget(spin);
        if (limit) {
            limit->setForegroundRole(QPalette::PlaceholderText);
            row->addWidget(limit, 1);
        } else {
            row->addStretch(1);
        }
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addLayout(row);
        column->addWidget(addErrorLabel(field));
        form->addRow(caption, column);
        connect(spin, &QSpinBox::valueChanged, this, &SharePage::formEdited);
    };

    m_vcpus = new QSpinBox(box);
    m_vcpus->setRange(1, 1024); // over the host's count is allowed here, and refused with the maximum shown
    m_vcpusLimit = new WrappedLabel(box);
    m_vcpusLimit->setObjectName(QStringLiteral("vcpusLimit"));
    spinRow(tr("&Cores:"), QStringLiteral("capsVcpus"), m_vcpus, m_vcpusLimit, QStringLiteral("caps.vcpus"));

    m_cpuPercent = new QSpinBox(box);
    m_cpuPercent->setRange(1, 100);
    m_cpuPercent->setSuffix(tr(" %"));
    m_cpuPercent->setToolTip(tr("A steady share of the shared cores' time: 2 cores at 50 % give one core's "
                                "worth of work, spread evenly so fans do not spin up and down."));
    spinRow(tr("C&PU limit:"), QStringLiteral("capsCpuPercent"), m_cpuPercent, nullptr,
            QStringLiteral("caps.cpuPercent"));

    m_memory = new QSpinBox(box);
    m_memory->setRange(Sharing::kMinimumMemoryMiB, 16 * 1024 * 1024);
    m_memory->setSingleStep(256);
    m_memory->setSuffix(tr(" MiB"));
    m_memoryLimit = new WrappedLabel(box);
    m_memoryLimit->setObjectName(QStringLiteral("memoryLimit"));
    spinRow(tr("&Memory:"), QStringLiteral("capsMemory"), m_memory, m_memoryLimit,
            QStringLiteral("caps.memoryMiB"));

    m_disk = new QSpinBox(box);
    m_disk->setRange(Sharing::kMinimumDiskGiB, 1024 * 1024);
    m_disk->setSuffix(tr(" GiB"));
    m_diskLimit = new WrappedLabel(box);
    m_diskLimit->setObjectName(QStringLiteral("diskLimit"));
    spinRow(tr("&Disk:"), QStringLiteral("capsDisk"), m_disk, m_diskLimit, QStringLiteral("caps.diskGiB"));

    m_hostSummary = new WrappedLabel(box);
    m_hostSummary->setObjectName(QStringLiteral("hostSummary"));
    m_hostSummary->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(m_hostSummary);

    const auto lineRow = [this, box, form](const QString &label, const QString &objectName, QLineEdit *edit,
                                           const QString &placeholder, const QString &field) {
        edit->setObjectName(objectName);
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        auto *caption = new QLabel(label, box);
        caption->setBuddy(edit);
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(edit);
        column->addWidget(addErrorLabel(field));
        form->addRow(caption, column);
        connect(edit, &QLineEdit::textEdited, this, &SharePage::formEdited);
    };
    m_microcloud = new QLineEdit(box);
    lineRow(tr("Micr&ocloud:"), QStringLiteral("shareMicrocloud"), m_microcloud,
            tr("Join one on the Nearby page"), QStringLiteral("microcloud"));
    m_image = new QLineEdit(box);
    lineRow(tr("Ima&ge:"), QStringLiteral("shareImage"), m_image,
            tr("A catalog image such as cloudy-node, or a service bundle folder"),
            QStringLiteral("guest.image"));

    // The kind decides the libvirt driver and the image flavour; the mnemonics are the drivers' names (the
    // page's other letters are taken).
    m_kindQemu = new QRadioButton(tr("Virtual machine (&QEMU)"), box);
    m_kindQemu->setObjectName(QStringLiteral("kindQemu"));
    m_kindQemu->setToolTip(tr("A whole computer of its own: works with your user's libvirt, uses a bit "
                              "more memory."));
    m_kindLxc = new QRadioButton(tr("Container (L&XC, lighter; needs the system libvirt)"), box);
    m_kindLxc->setObjectName(QStringLiteral("kindLxc"));
    m_kindLxc->setToolTip(tr("Shares this computer's kernel: less overhead, but only the system libvirt "
                             "(lxc:///system, run as root) can start it."));
    auto *kinds = new QButtonGroup(this);
    auto *kindColumn = new QVBoxLayout;
    kindColumn->setSpacing(2);
    for (QRadioButton *button : {m_kindQemu, m_kindLxc}) {
        kinds->addButton(button);
        kindColumn->addWidget(button);
        connect(button, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked)
                formEdited();
        });
    }
    auto *kindHelp = new WrappedLabel(tr("What carries your donation: a virtual machine isolates it best, a "
                                         "container costs less memory and CPU."),
                                      box);
    kindHelp->setObjectName(QStringLiteral("kindHelp"));
    kindHelp->setForegroundRole(QPalette::PlaceholderText);
    kindColumn->addWidget(kindHelp);
    m_kindNote = new WrappedLabel(box);
    m_kindNote->setObjectName(QStringLiteral("kindNote"));
    m_kindNote->setTextFormat(Qt::PlainText);
    m_kindNote->hide();
    kindColumn->addWidget(m_kindNote);
    auto *kindCaption = new QLabel(tr("Runs as:"), box);
    kindCaption->setBuddy(m_kindQemu);
    form->addRow(kindCaption, kindColumn);
    return box;
}

QWidget *SharePage::buildWhenBox()
{
    auto *box = new Section(tr("When you share"), this);
    box->setObjectName(QStringLiteral("shareWhen"));
    auto *layout = new QGridLayout(box);

    m_modeAlways = new QRadioButton(tr("Al&ways, while sharing is on"), box);
    m_modeAlways->setObjectName(QStringLiteral("modeAlways"));
    m_modeIdle = new QRadioButton(tr("Only when I'm awa&y (the computer is idle)"), box);
    m_modeIdle->setObjectName(QStringLiteral("modeIdle"));
    m_modeSchedule = new QRadioButton(tr("On a weekly sc&hedule of profiles"), box);
    m_modeSchedule->setObjectName(QStringLiteral("modeSchedule"));
    auto *modes = new QButtonGroup(this);
    for (QRadioButton *button : {m_modeAlways, m_modeIdle, m_modeSchedule}) {
        modes->addButton(button);
        connect(button, &QRadioButton::toggled, this, [this](bool checked) {
            if (!checked || m_loading)
                return;
            // The schedule needs profiles to paint with: start with two the user can change.
            if (m_modeSchedule->isChecked() && profiles().isEmpty()) {
                Profile light {QStringLiteral("light"), tr("Light"), 1, 25, 1024};
                const Sharing::ResourceCaps full = Sharing::presetCaps(Preset::Full, m_capacity);
                Profile night {QStringLiteral("full"), tr("Full"), full.vcpus, full.cpuPercent,
                               full.memoryMiB};
                const Sharing::ResourceCaps lightCaps = Sharing::presetCaps(Preset::Light, m_capacity);
                light.vcpus = lightCaps.vcpus;
                light.cpuPercent = lightCaps.cpuPercent;
                light.memoryMiB = lightCaps.memoryMiB;
                scheduleEditor()->setProfiles({light, night});
            }
            formEdited();
        });
    }
    layout->addWidget(m_modeAlways, 0, 0, 1, 3);
    layout->addWidget(m_modeIdle, 1, 0, 1, 3);

    m_idleMinutes = new QSpinBox(box);
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutes"));
    m_idleMinutes->setRange(1, Sharing::kMaximumIdleMinutes);
    m_idleMinutes->setSuffix(tr(" min idle"));
    m_idleMinutes->setAccessibleName(tr("Start after minutes idle"));
    auto *idleLabel = new QLabel(tr("S&tart after:"), box);
    idleLabel->setBuddy(m_idleMinutes);
    connect(m_idleMinutes, &QSpinBox::valueChanged, this, &SharePage::formEdited);
    m_inUse = new QComboBox(box);
    m_inUse->setObjectName(QStringLiteral("inUse"));
    m_inUse->setAccessibleName(tr("While I'm using the computer"));
    auto *inUseLabel = new QLabel(tr("While I'm usi&ng it:"), box);
    inUseLabel->setBuddy(m_inUse);
    connect(m_inUse, &QComboBox::currentIndexChanged, this, &SharePage::formEdited);
    auto *idleRow = new QHBoxLayout;
    idleRow->setContentsMargins(24, 0, 0, 0);
    idleRow->addWidget(idleLabel);
    idleRow->addWidget(m_idleMinutes);
    idleRow->addSpacing(16);
    idleRow->addWidget(inUseLabel);
    idleRow->addWidget(m_inUse);
    idleRow->addSpacing(16);

    m_grace = new QSpinBox(box);
    m_grace->setObjectName(QStringLiteral("graceSeconds"));
    m_grace->setRange(0, Sharing::kMaximumGraceSeconds);
    m_grace->setSingleStep(15);
    m_grace->setSuffix(tr(" s"));
    m_grace->setSpecialValueText(tr("none"));
    m_grace->setAccessibleName(tr("Grace period in seconds"));
    m_grace->setToolTip(tr("Sharing is suspended only after you have used the computer this long without a "
                           "break: a quick look at a message does not stop and restart the donation "
                           "(flapping). 0 suspends at your first keystroke."));
    // Only the idle mode watches activity; the label is disabled with the spin box so that its mnemonic
    // never competes with the schedule editor's (shown in the other modes).
    m_graceLabel = new QLabel(tr("Grace per&iod:"), box);
    m_graceLabel->setBuddy(m_grace);
    m_graceLabel->setToolTip(m_grace->toolTip());
    connect(m_grace, &QSpinBox::valueChanged, this, &SharePage::formEdited);
    idleRow->addWidget(m_graceLabel);
    idleRow->addWidget(m_grace);
    idleRow->addStretch(1);
    layout->addLayout(idleRow, 2, 0, 1, 3);
    layout->addWidget(addErrorLabel(QStringLiteral("idleMinutes")), 3, 0, 1, 3);
    layout->addWidget(addErrorLabel(QStringLiteral("whileInUse.profile")), 4, 0, 1, 3);
    layout->addWidget(addErrorLabel(QStringLiteral("graceSeconds")), 5, 0, 1, 3);
    layout->addWidget(m_modeSchedule, 6, 0, 1, 3);

    m_battery = new QCheckBox(tr("Pause wh&en on battery"), box);
    m_battery->setObjectName(QStringLiteral("pauseOnBattery"));
    m_battery->setToolTip(
        tr("A laptop on battery keeps its charge for you; sharing resumes on mains power."));
    connect(m_battery, &QCheckBox::toggled, this, &SharePage::formEdited);
    layout->addWidget(m_battery, 7, 0, 1, 3);
    return box;
}

ScheduleEditor *SharePage::scheduleEditor()
{
    if (m_schedule)
        return m_schedule;
    m_schedule = new ScheduleEditor(this);
    m_contentGrid->addWidget(m_schedule, 2, 0, 1, 2);
    placeInTabOrder(m_battery, m_schedule);
    m_schedule->load(m_profiles, m_weekly);
    m_schedule->setNewProfileSource([this] {
        return Profile {QString(), QString(), m_vcpus->value(), m_cpuPercent->value(), m_memory->value()};
    });
    addErrorLabel(QStringLiteral("profiles"), m_schedule->profilesError());
    addErrorLabel(QStringLiteral("schedule"), m_schedule->scheduleError());
    connect(m_schedule, &ScheduleEditor::profilesChanged, this,
            [this] { rebuildInUseChoices(m_inUse->currentData().toString()); });
    connect(m_schedule, &ScheduleEditor::edited, this, &SharePage::formEdited);
    return m_schedule;
}

QList<Profile> SharePage::profiles() const
{
    return m_schedule ? m_schedule->profiles() : m_profiles;
}

Sharing::WeeklySchedule SharePage::weeklySchedule() const
{
    return m_schedule ? m_schedule->schedule() : m_weekly;
}

QWidget *SharePage::buildDonatedBox()
{
    auto *box = new Section(tr("Donated now"), this);
    box->setObjectName(QStringLiteral("shareDonated"));
    auto *layout = new QVBoxLayout(box);
    m_chartSlot = new ChartSlot(
        ChartSlot::fromModule(&ChartsApi::donationChart, &m_chart, QStringLiteral("donationChart")), box);
    m_chartSlot->setMinimumHeight(180);
    connect(m_chartSlot, &ChartSlot::built, this, &SharePage::loadHistory);
    auto *caption = new WrappedLabel(tr("The last 10 minutes, as a share of what you allow:"), box);
    caption->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(caption);
    layout->addWidget(m_chartSlot, 1);
    m_now = new WrappedLabel(box);
    m_now->setObjectName(QStringLiteral("shareNow"));
    m_today = new WrappedLabel(box);
    m_today->setObjectName(QStringLiteral("shareToday"));
    m_week = new WrappedLabel(box);
    m_week->setObjectName(QStringLiteral("shareWeek"));
    for (QLabel *label : {m_now, m_today, m_week}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    return box;
}

QWidget *SharePage::buildButtonRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 0);
    m_message = new WrappedLabel(row);
    m_message->setObjectName(QStringLiteral("shareMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_undo = new QPushButton(tr("&Undo"), row);
    m_undo->setObjectName(QStringLiteral("shareUndo"));
    m_undo->setToolTip(tr("Go back to the settings before the last Apply"));
    m_undo->hide();
    connect(m_undo, &QPushButton::clicked, this, &SharePage::undo);
    m_generalError = addErrorLabel(QString());
    m_revert = new QPushButton(tr("&Revert"), row);
    m_revert->setObjectName(QStringLiteral("shareRevert"));
    m_revert->setToolTip(tr("Drop the changes not applied yet"));
    connect(m_revert, &QPushButton::clicked, this, &SharePage::revert);
    m_apply = new QPushButton(tr("&Apply"), row);
    m_apply->setObjectName(QStringLiteral("shareApply"));
    m_apply->setToolTip(tr("Save these settings and use them at once (Ctrl+Return)"));
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_apply, &QPushButton::clicked, this, &SharePage::apply);
    auto *text = new QVBoxLayout;
    text->addWidget(m_generalError);
    text->addWidget(m_message);
    layout->addLayout(text, 1);
    layout->addWidget(m_undo);
    layout->addSpacing(16);
    layout->addWidget(m_revert);
    layout->addWidget(m_apply);
    return row;
}

// ---------------------------------------------------------------------------------------------------------
// The form
// ---------------------------------------------------------------------------------------------------------

void SharePage::loadForm(const SharingPolicy &policy)
{
    m_loading = true;
    m_vcpus->setValue(policy.caps.vcpus);
    m_cpuPercent->setValue(policy.caps.cpuPercent);
    m_memory->setValue(policy.caps.memoryMiB);
    m_disk->setValue(policy.caps.diskGiB);
    m_microcloud->setText(policy.microcloudId);
    m_image->setText(policy.image);
    m_kindQemu->setChecked(policy.guestKind == Sharing::GuestKind::Qemu);
    m_kindLxc->setChecked(policy.guestKind == Sharing::GuestKind::Lxc);
    m_modeAlways->setChecked(policy.mode == SharingMode::Always);
    m_modeIdle->setChecked(policy.mode == SharingMode::WhenIdle);
    m_modeSchedule->setChecked(policy.mode == SharingMode::Schedule);
    m_idleMinutes->setValue(policy.idleMinutes);
    m_grace->setValue(policy.graceSeconds);
    m_battery->setChecked(policy.pauseOnBattery);
    m_profiles = policy.profiles;
    m_weekly = policy.schedule;
    if (m_schedule)
        m_schedule->load(policy.profiles, policy.schedule);
    rebuildInUseChoices(policy.inUseAction == Sharing::InUseAction::ApplyProfile ? policy.inUseProfileId
                                                                                 : QString());
    m_loading = false;
    updateModeControls();
    updateValidation();
}

void SharePage::rebuildInUseChoices(const QString &selected)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_inUse->clear();
    m_inUse->addItem(tr("Suspend sharing"), QString());
    for (const Profile &profile : profiles())
        m_inUse->addItem(tr("Keep sharing with “%1”").arg(profile.name), profile.id);
    const int index = m_inUse->findData(selected);
    m_inUse->setCurrentIndex(std::max(0, index));
    m_loading = wasLoading;
}

void SharePage::applyPreset(Preset preset)
{
    const Sharing::ResourceCaps caps = Sharing::presetCaps(preset, m_capacity);
    m_loading = true;
    m_vcpus->setValue(caps.vcpus);
    m_cpuPercent->setValue(caps.cpuPercent);
    m_memory->setValue(caps.memoryMiB);
    m_disk->setValue(caps.diskGiB);
    m_loading = false;
    formEdited();
}

void SharePage::setMicrocloud(const QString &microcloudId)
{
    if (!m_engine)
        return;
    m_microcloud->setText(microcloudId);
    formEdited();
    showMessage(tr("Microcloud %1 chosen: Apply to keep it, then switch sharing on.").arg(microcloudId),
                false);
}

SharingPolicy SharePage::formPolicy() const
{
    SharingPolicy policy = m_engine ? m_engine->policy() : SharingPolicy();
    if (!m_engine)
        return policy;
    policy.caps = {m_vcpus->value(), m_cpuPercent->value(), m_memory->value(), m_disk->value()};
    policy.microcloudId = m_microcloud->text().trimmed();
    policy.image = m_image->text().trimmed();
    policy.guestKind = m_kindLxc->isChecked() ? Sharing::GuestKind::Lxc : Sharing::GuestKind::Qemu;
    policy.mode = m_modeSchedule->isChecked() ? SharingMode::Schedule
                  : m_modeIdle->isChecked()   ? SharingMode::WhenIdle
                                              : SharingMode::Always;
    policy.idleMinutes = m_idleMinutes->value();
    policy.graceSeconds = m_grace->value();
    policy.pauseOnBattery = m_battery->isChecked();
    const QString inUse = m_inUse->currentData().toString();
    policy.inUseAction = inUse.isEmpty() ? Sharing::InUseAction::Suspend : Sharing::InUseAction::ApplyProfile;
    // Keep the saved profile id while suspending, so switching back restores it; the file keeps both.
    if (!inUse.isEmpty())
        policy.inUseProfileId = inUse;
    policy.profiles = profiles();
    policy.schedule = weeklySchedule();
    return policy;
}

bool SharePage::hasUnappliedChanges() const
{
    return m_engine && !(formPolicy() == m_engine->policy());
}

void SharePage::formEdited()
{
    if (m_loading)
        return;
    updateModeControls();
    updateValidation();
}

void SharePage::updateModeControls()
{
    const bool idle = m_modeIdle->isChecked();
    m_idleMinutes->setEnabled(idle);
    m_inUse->setEnabled(idle);
    m_grace->setEnabled(idle);
    m_graceLabel->setEnabled(idle);
    // Built when the schedule mode is first shown: most people never open it.
    if (m_modeSchedule->isChecked())
        scheduleEditor()->show();
    else if (m_schedule)
        m_schedule->hide();

    // A kind is part of the node's definition (ContributionNode: a new domain type means a new
    // definition), so the user learns before Apply that it cannot change under a running guest.
    const bool kindChanged =
        m_engine && m_kindLxc->isChecked() != (m_engine->policy().guestKind == Sharing::GuestKind::Lxc);
    m_kindNote->setText(kindChanged ? tr("Applies on the next start: the contribution node is defined "
                                         "again as the new kind.")
                                    : QString());
    m_kindNote->setVisible(kindChanged);
}

void SharePage::updateValidation()
{
    const SharingPolicy policy = formPolicy();
    const QList<Sharing::PolicyProblem> problems = Sharing::policyProblems(policy, m_capacity);
    showProblems(problems);
    const bool dirty = !(policy == m_engine->policy());
    m_apply->setEnabled(dirty && problems.isEmpty());
    m_revert->setEnabled(dirty);

    const std::optional<Preset> preset = Sharing::matchingPreset(policy.caps, m_capacity);
    for (QAbstractButton *button : m_presets->buttons())
        button->setChecked(preset && m_presets->id(button) == int(*preset));
}

void SharePage::showProblems(const QList<Sharing::PolicyProblem> &problems)
{
    QHash<QString, QStringList> messages;
    for (const Sharing::PolicyProblem &problem : problems) {
        const QString group = errorGroup(problem.field);
        messages[m_errors.contains(group) ? group : QString()].append(problem.error.message);
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QStringList lines = messages.value(it.key());
        it.value()->setText(lines.join(QLatin1Char('\n')));
        it.value()->setVisible(!lines.isEmpty());
    }
    // Screen readers hear the problem with the field.
    const struct
    {
        QWidget *widget;
        const char *field;
    } fields[] = {{m_vcpus, "caps.vcpus"},
                  {m_cpuPercent, "caps.cpuPercent"},
                  {m_memory, "caps.memoryMiB"},
                  {m_disk, "caps.diskGiB"},
                  {m_microcloud, "microcloud"},
                  {m_image, "guest.image"},
                  {m_idleMinutes, "idleMinutes"},
                  {m_grace, "graceSeconds"},
                  {m_inUse, "whileInUse.profile"},
                  {m_schedule ? m_schedule->grid() : nullptr, "schedule"},
                  {m_schedule ? m_schedule->table() : nullptr, "profiles"}};
    for (const auto &entry : fields)
        if (entry.widget)
            entry.widget->setAccessibleDescription(
                messages.value(QLatin1String(entry.field)).join(QLatin1Char(' ')));
}

void SharePage::apply()
{
    if (!m_engine || !m_apply->isEnabled())
        return;
    const SharingPolicy previous = m_engine->policy();
    const SharingPolicy next = formPolicy();
    if (const std::optional<Error> error = m_engine->setPolicy(next)) {
        showMessage(tr("Not applied: %1").arg(error->message), true);
        return;
    }
    m_undoPolicy = previous;
    loadForm(m_engine->policy());
    showMessage(tr("Applied: %1.").arg(Sharing::describeCaps(next.caps)), false, true);
}

void SharePage::revert()
{
    if (!m_engine)
        return;
    loadForm(m_engine->policy());
    showMessage(tr("Changes dropped."), false);
}

void SharePage::undo()
{
    if (!m_engine || !m_undoPolicy)
        return;
    SharingPolicy previous = *m_undoPolicy;
    previous.enabled = m_engine->policy().enabled; // the switch is not part of the form
    if (const std::optional<Error> error = m_engine->setPolicy(previous)) {
        showMessage(tr("Could not undo: %1").arg(error->message), true);
        return;
    }
    m_undoPolicy.reset();
    loadForm(m_engine->policy());
    showMessage(tr("Restored the settings you had before."), false);
}

void SharePage::switchClicked(bool on)
{
    if (!m_engine)
        return;
    std::optional<Error> error;
    if (on && hasUnappliedChanges()) {
        // Switching on uses what the form shows: the user expects the values in front of them.
        SharingPolicy policy = formPolicy();
        policy.enabled = true;
        const QList<Sharing::PolicyProblem> problems = Sharing::policyProblems(policy, m_capacity);
        if (!problems.isEmpty()) {
            showProblems(problems);
            error = problems.constFirst().error;
        } else {
            m_undoPolicy = m_engine->policy();
            error = m_engine->setPolicy(policy);
        }
    } else {
        error = m_engine->setEnabled(on);
        if (error && on) {
            SharingPolicy policy = formPolicy();
            policy.enabled = true;
            showProblems(Sharing::policyProblems(policy, m_capacity));
        }
    }
    m_switch->setChecked(m_engine->policy().enabled);
    if (error) {
        showMessage(tr("Sharing stays off: %1").arg(error->message), true);
        return;
    }
    if (!hasUnappliedChanges())
        loadForm(m_engine->policy());
    showMessage(on ? tr("Sharing is on.") : tr("Sharing is off."), false);
}

void SharePage::showMessage(const QString &text, bool warning, bool offerUndo)
{
    m_message->setText(text);
    QPalette messagePalette = palette();
    if (warning)
        messagePalette.setColor(QPalette::WindowText, sharingStateColor(Sharing::SharingState::Unavailable));
    m_message->setPalette(messagePalette);
    m_undo->setVisible(offerUndo && m_undoPolicy.has_value());
}

// ---------------------------------------------------------------------------------------------------------
// The engine's state
// ---------------------------------------------------------------------------------------------------------

void SharePage::reload()
{
    if (!m_engine)
        return;
    m_capacity = m_engine->capacity();
    updateLimits();
    m_switch->setChecked(m_engine->policy().enabled);
    loadForm(m_engine->policy());
    updatePolicyWarning();
    updateDecision(m_engine->decision());
    updateNodeStatus(m_engine->nodeStatus());
    updateTotals();
    m_now->setText(tr("Nothing donated yet."));
    loadHistory();
}

DonationChartView *SharePage::donationChart()
{
    if (m_chartSlot)
        m_chartSlot->chart();
    return m_chart;
}

void SharePage::loadHistory()
{
    // After a restart the chart starts with the last ten minutes the store kept; "Now" says the latest.
    const Metering::UsageStore *store = m_engine->usageStore();
    if (m_chart)
        m_chart->clear();
    if (!store || !store->isOpen())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto readings = store->readings(now.addSecs(-DonationChartView::kWindowSeconds), now.addSecs(1));
    if (!readings)
        return;
    const Sharing::ResourceCaps caps = m_engine->decision().caps.value_or(m_engine->policy().caps);
    const QList<Metering::UsageReading> &list = readings.value();
    double cores = 0;
    for (qsizetype index = 0; index < list.size(); ++index) {
        const Metering::UsageReading &reading = list.at(index);
        cores = 0;
        if (index > 0) {
            const Metering::UsageReading &before = list.at(index - 1);
            const double seconds = double(before.at.msecsTo(reading.at)) / 1000.0;
            if (seconds > 0 && reading.cpuTimeNs >= before.cpuTimeNs)
                cores = double(reading.cpuTimeNs - before.cpuTimeNs) / 1e9 / seconds;
        }
        if (m_chart)
            m_chart->addReading(reading, cores, caps);
    }
    if (!list.isEmpty())
        showNow(list.constLast(), cores);
}

void SharePage::showNow(const Metering::UsageReading &reading, double cpuCores)
{
    m_now->setText(reading.running ? tr("Now: %1.").arg(donatedText(reading, cpuCores))
                                   : tr("Now: nothing (the contribution node is not running)."));
}

void SharePage::updatePolicyWarning()
{
    const std::optional<Error> problem = m_engine->policyProblem();
    m_policyWarning->setVisible(problem.has_value());
    if (problem)
        m_policyWarning->setText(tr("Your sharing settings could not be read, so the defaults are shown and "
                                    "sharing is off: %1 The unreadable file was kept beside it with the "
                                    "ending .corrupt. Check the values below and Apply to save them.")
                                     .arg(problem->message));
}

void SharePage::updateLimits()
{
    const Sharing::HostCapacity &capacity = m_capacity;
    m_vcpusLimit->setText(capacity.cores > 0 ? tr("of %n core(s) on this computer", nullptr, capacity.cores)
                                             : tr("this computer's core count is unknown"));
    if (capacity.memoryMiB > 0)
        m_memoryLimit->setText(tr("at most %1 MiB, %2 GiB (%3 GiB stays for this computer)")
                                   .arg(QString::number(std::max<qint64>(0, capacity.maxMemoryMiB())),
                                        gibText(std::max<qint64>(0, capacity.maxMemoryMiB()) << 20),
                                        gibText(capacity.memoryReserveMiB() << 20)));
    else
        m_memoryLimit->setText(tr("this computer's memory is unknown"));
    if (capacity.diskTotalBytes > 0)
        m_diskLimit->setText(tr("at most %1 GiB (%2 GiB stays free)")
                                 .arg(QLocale().toString(std::max<qint64>(0, capacity.maxDiskGiB())),
                                      gibText(capacity.diskReserveBytes())));
    else
        m_diskLimit->setText(tr("the free disk space is unknown"));
    m_hostSummary->setText(
        capacity.diskPath.isEmpty()
            ? QString()
            : tr("The contribution disk lives in %1, which has %2 GiB free.")
                  .arg(capacity.diskPath, gibText(capacity.diskFreeBytes + capacity.donatedDiskBytes)));
    m_hostSummary->setVisible(!m_hostSummary->text().isEmpty());
}

void SharePage::updateDecision(const Sharing::SharingDecision &decision)
{
    QString text = decision.reason;
    if (text.isEmpty())
        text = Sharing::stateName(decision.state);
    m_stateLine->setText(text);
    m_stateLine->setAccessibleName(tr("Sharing state: %1").arg(text));
    m_stateIcon->setPixmap(sharingStateIcon(decision.state).pixmap(QSize(24, 24)));
    m_stateIcon->setAccessibleName(Sharing::stateName(decision.state));
    QPalette statePalette = palette();
    if (decision.state == Sharing::SharingState::Unavailable)
        statePalette.setColor(QPalette::WindowText, sharingStateColor(decision.state));
    m_stateLine->setPalette(statePalette);

    const SharingPolicy &policy = m_engine->policy();
    const bool paused = isPausedByUser(policy);
    m_pause->setText(paused ? tr("Resume now") : tr("Pause for an hour"));
    m_pause->setToolTip(
        paused ? tr("Paused until %1")
                     .arg(QLocale().toString(policy.pausedUntil.toLocalTime().time(), QLocale::ShortFormat))
               : tr("A break that ends by itself; the settings stay as they are"));
    m_pause->setVisible(policy.enabled);
}

void SharePage::updateNodeStatus(const Contribution::NodeStatus &status)
{
    QStringList lines;
    if (status.problem)
        lines << tr("The contribution node cannot follow: %1").arg(status.problem->message);
    if (!status.pendingNote.isEmpty())
        lines << status.pendingNote;
    if (status.forcedStop)
        lines << tr("The contribution node did not power off when asked and was stopped by force.");
    if (!status.diskCapEnforced)
        lines << status.diskCapNote;
    m_nodeLine->setText(lines.join(QLatin1Char('\n')));
    m_nodeLine->setVisible(!lines.isEmpty());
}

void SharePage::usageSampled(const Metering::UsageReading &reading, double cpuCores)
{
    const Sharing::SharingDecision decision = m_engine->decision();
    const Sharing::ResourceCaps caps = decision.caps.value_or(m_engine->policy().caps);
    // Not built yet (the page not painted): the chart reads the store when it is.
    if (m_chart)
        m_chart->addReading(reading, cpuCores, caps);
    showNow(reading, cpuCores);
    updateTotals();
}

void SharePage::updateTotals()
{
    const auto line = [](const QString &period, const Metering::UsageTotals &totals) {
        return tr("%1: %2 core-hours · %3 GiB-hours of memory · %4 GiB-hours of disk")
            .arg(period, hoursText(totals.coreSeconds), hoursText(totals.memoryGiBSeconds),
                 QLocale().toString(totals.diskGiBHours, 'f', totals.diskGiBHours >= 10 ? 0 : 1));
    };
    m_today->setText(line(tr("Today"), m_engine->today()));
    m_week->setText(line(tr("This week"), m_engine->thisWeek()));
}

} // namespace Cloudy::Desktop
