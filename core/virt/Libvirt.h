// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// libvirt for core/virt/, opened on first use (platform/LazyLibrary.h): the program does not link it, so
// its ~40 libraries are not loaded before the first window. Every file of core/virt/ includes this header
// instead of libvirt's, and calls libvirt's functions unqualified from namespace Cloudy::Virt, where the
// names below are found first. A libvirt function used here for the first time is added below (the link
// fails until it is).

#include "platform/LazyLibrary.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Cloudy::Virt {

// CLOUDY_LIBVIRT_SONAME is read from the library found at configure time (core/CMakeLists.txt).
constinit inline const LazyLibrary libvirt {CLOUDY_LIBVIRT_SONAME};

CLOUDY_LAZY_FUNCTION(libvirt, virConnectClose);
CLOUDY_LAZY_FUNCTION(libvirt, virConnectDomainEventDeregisterAny);
CLOUDY_LAZY_FUNCTION(libvirt, virConnectDomainEventRegisterAny);
CLOUDY_LAZY_FUNCTION(libvirt, virConnectGetAllDomainStats);
CLOUDY_LAZY_FUNCTION(libvirt, virConnectGetCapabilities);
CLOUDY_LAZY_FUNCTION(libvirt, virConnectGetLibVersion);
CLOUDY_LAZY_FUNCTION(libvirt, virConnectGetType);
CLOUDY_LAZY_FUNCTION(libvirt, virConnectGetURI);
CLOUDY_LAZY_FUNCTION(libvirt, virConnectIsAlive);
CLOUDY_LAZY_FUNCTION(libvirt, virConnectListAllDomains);
CLOUDY_LAZY_FUNCTION(libvirt, virConnectOpen);
CLOUDY_LAZY_FUNCTION(libvirt, virConnectRegisterCloseCallback);
CLOUDY_LAZY_FUNCTION(libvirt, virConnectSetKeepAlive);
CLOUDY_LAZY_FUNCTION(libvirt, virConnectUnregisterCloseCallback);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainCreate);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainCreateXML);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainDefineXMLFlags);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainDestroy);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainFree);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainGetBlockInfo);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainGetConnect);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainGetInfo);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainGetName);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainGetSchedulerParameters);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainGetSchedulerParametersFlags);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainGetSchedulerType);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainGetState);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainGetUUIDString);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainGetVcpusFlags);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainGetXMLDesc);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainIsActive);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainIsPersistent);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainLookupByName);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainMemoryStats);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainOpenConsole);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainResume);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainSetMemoryFlags);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainSetMetadata);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainSetSchedulerParameters);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainSetSchedulerParametersFlags);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainSetVcpusFlags);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainShutdown);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainStatsRecordListFree);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainSuspend);
CLOUDY_LAZY_FUNCTION(libvirt, virDomainUndefineFlags);
CLOUDY_LAZY_FUNCTION(libvirt, virEventRegisterImpl);
CLOUDY_LAZY_FUNCTION(libvirt, virGetLastError);
CLOUDY_LAZY_FUNCTION(libvirt, virGetVersion);
CLOUDY_LAZY_FUNCTION(libvirt, virInitialize);
CLOUDY_LAZY_FUNCTION(libvirt, virNetworkFree);
CLOUDY_LAZY_FUNCTION(libvirt, virResetLastError);
CLOUDY_LAZY_FUNCTION(libvirt, virSetErrorFunc);
CLOUDY_LAZY_FUNCTION(libvirt, virStoragePoolBuild);
CLOUDY_LAZY_FUNCTION(libvirt, virStoragePoolCreate);
CLOUDY_LAZY_FUNCTION(libvirt, virStoragePoolDefineXML);
CLOUDY_LAZY_FUNCTION(libvirt, virStoragePoolDelete);
CLOUDY_LAZY_FUNCTION(libvirt, virStoragePoolDestroy);
CLOUDY_LAZY_FUNCTION(libvirt, virStoragePoolFree);
CLOUDY_LAZY_FUNCTION(libvirt, virStoragePoolGetAutostart);
CLOUDY_LAZY_FUNCTION(libvirt, virStoragePoolGetInfo);
CLOUDY_LAZY_FUNCTION(libvirt, virStoragePoolGetXMLDesc);
CLOUDY_LAZY_FUNCTION(libvirt, virStoragePoolIsActive);
CLOUDY_LAZY_FUNCTION(libvirt, virStoragePoolListAllVolumes);
CLOUDY_LAZY_FUNCTION(libvirt, virStoragePoolLookupByName);
CLOUDY_LAZY_FUNCTION(libvirt, virStoragePoolRefresh);
CLOUDY_LAZY_FUNCTION(libvirt, virStoragePoolSetAutostart);
CLOUDY_LAZY_FUNCTION(libvirt, virStoragePoolUndefine);
CLOUDY_LAZY_FUNCTION(libvirt, virStorageVolCreateXML);
CLOUDY_LAZY_FUNCTION(libvirt, virStorageVolDelete);
CLOUDY_LAZY_FUNCTION(libvirt, virStorageVolFree);
CLOUDY_LAZY_FUNCTION(libvirt, virStorageVolGetInfo);
CLOUDY_LAZY_FUNCTION(libvirt, virStorageVolGetName);
CLOUDY_LAZY_FUNCTION(libvirt, virStorageVolGetPath);
CLOUDY_LAZY_FUNCTION(libvirt, virStorageVolLookupByName);
CLOUDY_LAZY_FUNCTION(libvirt, virStreamAbort);
CLOUDY_LAZY_FUNCTION(libvirt, virStreamEventAddCallback);
CLOUDY_LAZY_FUNCTION(libvirt, virStreamEventRemoveCallback);
CLOUDY_LAZY_FUNCTION(libvirt, virStreamFree);
CLOUDY_LAZY_FUNCTION(libvirt, virStreamNew);
CLOUDY_LAZY_FUNCTION(libvirt, virStreamRecv);
CLOUDY_LAZY_FUNCTION(libvirt, virTypedParamsAddInt);
CLOUDY_LAZY_FUNCTION(libvirt, virTypedParamsAddLLong);
CLOUDY_LAZY_FUNCTION(libvirt, virTypedParamsAddUInt);
CLOUDY_LAZY_FUNCTION(libvirt, virTypedParamsAddULLong);
CLOUDY_LAZY_FUNCTION(libvirt, virTypedParamsClear);
CLOUDY_LAZY_FUNCTION(libvirt, virTypedParamsFree);

} // namespace Cloudy::Virt
