// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// libarchive, opened on first use (LazyLibrary.h): bundles, config disks and identity backups need it long
// after the first window, and it brings its own compression and XML libraries. The files of core/ that use
// libarchive include this header after <archive.h> and call its functions unqualified from a namespace in
// Cloudy, where the names below are found first. A function used for the first time is added below (the
// link fails until it is).

#include "platform/LazyLibrary.h"

#include <archive.h>
#include <archive_entry.h>

namespace Cloudy {

// CLOUDY_LIBARCHIVE_SONAME is read from the library found at configure time (core/CMakeLists.txt).
constinit inline const LazyLibrary libarchive {CLOUDY_LIBARCHIVE_SONAME};

CLOUDY_LAZY_FUNCTION(libarchive, archive_entry_filetype);
CLOUDY_LAZY_FUNCTION(libarchive, archive_entry_free);
CLOUDY_LAZY_FUNCTION(libarchive, archive_entry_hardlink);
CLOUDY_LAZY_FUNCTION(libarchive, archive_entry_new);
CLOUDY_LAZY_FUNCTION(libarchive, archive_entry_pathname);
CLOUDY_LAZY_FUNCTION(libarchive, archive_entry_perm);
CLOUDY_LAZY_FUNCTION(libarchive, archive_entry_set_filetype);
CLOUDY_LAZY_FUNCTION(libarchive, archive_entry_set_hardlink);
CLOUDY_LAZY_FUNCTION(libarchive, archive_entry_set_mtime);
CLOUDY_LAZY_FUNCTION(libarchive, archive_entry_set_pathname);
CLOUDY_LAZY_FUNCTION(libarchive, archive_entry_set_perm);
CLOUDY_LAZY_FUNCTION(libarchive, archive_entry_set_size);
CLOUDY_LAZY_FUNCTION(libarchive, archive_entry_size);
CLOUDY_LAZY_FUNCTION(libarchive, archive_entry_size_is_set);
CLOUDY_LAZY_FUNCTION(libarchive, archive_entry_symlink);
CLOUDY_LAZY_FUNCTION(libarchive, archive_errno);
CLOUDY_LAZY_FUNCTION(libarchive, archive_error_string);
CLOUDY_LAZY_FUNCTION(libarchive, archive_read_data);
CLOUDY_LAZY_FUNCTION(libarchive, archive_read_data_block);
CLOUDY_LAZY_FUNCTION(libarchive, archive_read_free);
CLOUDY_LAZY_FUNCTION(libarchive, archive_read_new);
CLOUDY_LAZY_FUNCTION(libarchive, archive_read_next_header);
CLOUDY_LAZY_FUNCTION(libarchive, archive_read_open_fd);
CLOUDY_LAZY_FUNCTION(libarchive, archive_read_open_memory);
CLOUDY_LAZY_FUNCTION(libarchive, archive_read_support_filter_gzip);
CLOUDY_LAZY_FUNCTION(libarchive, archive_read_support_filter_xz);
CLOUDY_LAZY_FUNCTION(libarchive, archive_read_support_filter_zstd);
CLOUDY_LAZY_FUNCTION(libarchive, archive_read_support_format_tar);
CLOUDY_LAZY_FUNCTION(libarchive, archive_version_details);
CLOUDY_LAZY_FUNCTION(libarchive, archive_write_close);
CLOUDY_LAZY_FUNCTION(libarchive, archive_write_data);
CLOUDY_LAZY_FUNCTION(libarchive, archive_write_data_block);
CLOUDY_LAZY_FUNCTION(libarchive, archive_write_disk_new);
CLOUDY_LAZY_FUNCTION(libarchive, archive_write_disk_set_options);
CLOUDY_LAZY_FUNCTION(libarchive, archive_write_finish_entry);
CLOUDY_LAZY_FUNCTION(libarchive, archive_write_free);
CLOUDY_LAZY_FUNCTION(libarchive, archive_write_header);
CLOUDY_LAZY_FUNCTION(libarchive, archive_write_new);
CLOUDY_LAZY_FUNCTION(libarchive, archive_write_open_fd);
CLOUDY_LAZY_FUNCTION(libarchive, archive_write_open_memory);
CLOUDY_LAZY_FUNCTION(libarchive, archive_write_set_bytes_in_last_block);
CLOUDY_LAZY_FUNCTION(libarchive, archive_write_set_format_iso9660);
CLOUDY_LAZY_FUNCTION(libarchive, archive_write_set_format_pax_restricted);
CLOUDY_LAZY_FUNCTION(libarchive, archive_write_set_options);

} // namespace Cloudy
