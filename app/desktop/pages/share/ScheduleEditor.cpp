// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleEditor.h"

#include "ScheduleGrid.h"
#include "pages/WrappedLabel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Cloudy::Desktop {

using Sharing::Profile;
using Sharing::WeeklySchedule;

namespace {

enum ProfileColumn
{
    NameColumn,
    VcpusColumn,
    CpuPercentColumn,
    MemoryColumn,
    ProfileColumnCount
};

constexpr int kProfileIdRole = Qt::UserRole + 1;

QPixmap swatch(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.setBrush(color.isValid() ? QBrush(color) : QBrush(Qt::white));
    painter.drawRect(0, 0, size - 1, size - 1);
    return pixmap;
}

} // namespace

ScheduleEditor::ScheduleEditor(QWidget *parent)
    : Section(tr("Weekly schedule"), parent)
    , m_table(new QTableWidget(0, ProfileColumnCount, this))
    , m_remove(new QPushButton(tr("Remo&ve profile"), this))
    , m_legend(new QHBoxLayout)
    , m_paintLabel(new QLabel(tr("Pa&int with:"), this))
    , m_brushes(new QButtonGroup(this))
    , m_grid(new ScheduleGrid(this))
    , m_profilesError(new WrappedLabel(this))
    , m_scheduleError(new WrappedLabel(this))
{
    setObjectName(QStringLiteral("shareSchedule"));
    auto *layout = new QVBoxLayout(this);
    auto *profilesLabel = new WrappedLabel(
        tr("Profiles: what is shared at each time of the week (the disk is the one above)."), this);
    layout->addWidget(profilesLabel);

    m_table->setObjectName(QStringLiteral("shareProfiles"));
    m_table->setAccessibleName(tr("Profiles"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Cores"), tr("CPU %"), tr("Memory (MiB)")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setMaximumHeight(m_table->fontMetrics().height() * 8);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            tableEdited();
    });
    auto *add = new QPushButton(tr("Add profile"), this);
    add->setObjectName(QStringLiteral("addProfile"));
    add->setToolTip(tr("A new profile with the values of “What you share”"));
    connect(add, &QPushButton::clicked, this, &ScheduleEditor::addProfile);
    m_remove->setObjectName(QStringLiteral("removeProfile"));
    connect(m_remove, &QPushButton::clicked, this, &ScheduleEditor::removeProfile);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    auto *tableButtons = new QVBoxLayout;
    tableButtons->addWidget(add);
    tableButtons->addWidget(m_remove);
    tableButtons->addStretch(1);
    tableRow->addLayout(tableButtons);
    layout->addLayout(tableRow);
    layout->addWidget(m_profilesError);

    m_legend->addWidget(m_paintLabel);
    m_legend->addStretch(1);
    connect(m_brushes, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *button, bool checked) {
        if (checked)
            m_grid->setBrush(button->property("profileId").toString());
    });
    layout->addLayout(m_legend);

    m_grid->setObjectName(QStringLiteral("scheduleGrid"));
    auto *gridLabel = new QLabel(tr("Wee&kly schedule (drag to paint; or arrow keys and Space):"), this);
    gridLabel->setBuddy(m_grid);
    layout->addWidget(gridLabel);
    layout->addWidget(m_grid);
    layout->addWidget(m_scheduleError);
    connect(m_grid, &ScheduleGrid::edited, this, &ScheduleEditor::edited);
    rebuildLegend();
}

void ScheduleEditor::load(const QList<Profile> &profiles, const WeeklySchedule &schedule)
{
    fillTable(profiles);
    m_grid->setSchedule(schedule);
}

void ScheduleEditor::setProfiles(const QList<Profile> &profiles)
{
    fillTable(profiles);
    Q_EMIT profilesChanged();
    Q_EMIT edited();
}

void ScheduleEditor::fillTable(const QList<Profile> &profiles)
{
    m_loading = true;
    m_table->setRowCount(0);
    for (const Profile &profile : profiles) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(profile.name);
        name->setData(kProfileIdRole, profile.id);
        m_table->setItem(row, NameColumn, name);
        const auto number = [](int value) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::EditRole, value);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_table->setItem(row, VcpusColumn, number(profile.vcpus));
        m_table->setItem(row, CpuPercentColumn, number(profile.cpuPercent));
        m_table->setItem(row, MemoryColumn, number(profile.memoryMiB));
    }
    m_loading = false;
    m_grid->setProfiles(profiles);
    rebuildLegend();
}

QList<Profile> ScheduleEditor::profiles() const
{
    QList<Profile> profiles;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Profile profile;
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        profile.id = name ? name->data(kProfileIdRole).toString() : QString();
        profile.name = name ? name->text() : QString();
        const auto number = [this, row](int column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            return item ? item->data(Qt::EditRole).toInt() : 0;
        };
        profile.vcpus = number(VcpusColumn);
        profile.cpuPercent = number(CpuPercentColumn);
        profile.memoryMiB = number(MemoryColumn);
        profiles.append(profile);
    }
    return profiles;
}

WeeklySchedule ScheduleEditor::schedule() const
{
    return m_grid->schedule();
}

void ScheduleEditor::tableEdited()
{
    m_grid->setProfiles(profiles());
    rebuildLegend();
    Q_EMIT profilesChanged();
    Q_EMIT edited();
}

void ScheduleEditor::rebuildLegend()
{
    const QString brush = m_grid->brush();
    for (QAbstractButton *button : m_brushes->buttons()) {
        m_brushes->removeButton(button);
        delete button;
    }
    const QList<Profile> list = profiles();
    const auto addBrush = [this](const QString &id, const QString &text, const QColor &color) {
        auto *button = new QRadioButton(text, this);
        button->setObjectName(QStringLiteral("brush:") + id);
        button->setProperty("profileId", id);
        button->setIcon(QIcon(swatch(color, 14)));
        button->setAccessibleName(tr("Paint with %1").arg(text));
        m_brushes->addButton(button);
        m_legend->insertWidget(m_legend->count() - 1, button);
        return button;
    };
    QAbstractButton *selected = addBrush(QString(), tr("Off"), QColor());
    for (qsizetype index = 0; index < list.size(); ++index) {
        const Profile &profile = list.at(index);
        QAbstractButton *button = addBrush(profile.id, profile.name, profileColor(int(index)));
        // The brush stays; a new schedule starts with the first profile rather than "off".
        if (profile.id == brush || (brush.isEmpty() && index == 0))
            selected = button;
    }
    selected->setChecked(true);
    m_grid->setBrush(selected->property("profileId").toString());
    m_paintLabel->setBuddy(selected); // the label's mnemonic reaches the chosen brush
}

void ScheduleEditor::addProfile()
{
    QList<Profile> list = profiles();
    int number = int(list.size()) + 1;
    const auto taken = [&list](const QString &id) {
        return std::any_of(list.cbegin(), list.cend(), [&id](const Profile &p) { return p.id == id; });
    };
    while (taken(QStringLiteral("profile-%1").arg(number)))
        ++number;
    Profile profile = m_newProfile ? m_newProfile() : Profile {};
    profile.id = QStringLiteral("profile-%1").arg(number);
    profile.name = tr("Profile %1").arg(number);
    list.append(profile);
    setProfiles(list);
    m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
}

void ScheduleEditor::removeProfile()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    QList<Profile> list = profiles();
    const QString id = list.at(row).id;
    list.removeAt(row);
    WeeklySchedule schedule = m_grid->schedule();
    for (int slot = 0; slot < WeeklySchedule::kSlotsPerWeek; ++slot) {
        if (schedule.profileAt(slot) == id)
            schedule.setSlot(slot, QString());
    }
    m_grid->setSchedule(schedule);
    setProfiles(list);
}

} // namespace Cloudy::Desktop
