# Debian package and system integration (issue 6). Included by the top-level CMakeLists.txt
# after the kiosk/ and tests/ folders, so every target exists here. Libraries declare their own
# dependencies where they are built (kiosk/); nothing here links.
#
#   cmake -S . -B build -DCMAKE_INSTALL_PREFIX=/usr && cmake --build build && (cd build && cpack -G DEB)
#
# The programs look for their data in ${CMAKE_INSTALL_PREFIX}/share/wegwijzer (compiled in), so a
# package must be built with CMAKE_INSTALL_PREFIX=/usr; tests/deploy makes its own build tree
# when the main one has another prefix.

set(WEGWIJZER_DEPLOY_DIR "${PROJECT_SOURCE_DIR}/deploy")
set(WEGWIJZER_PACKAGE_DIR "${PROJECT_BINARY_DIR}/deploy")
set(WEGWIJZER_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/wegwijzer")

# Debian 12 keeps system units and udev rules in /lib (not yet /usr/lib: bookworm forbids
# moving files between / and /usr).
pkg_get_variable(WEGWIJZER_SYSTEMD_UNIT_DIR systemd systemdsystemunitdir)
if(NOT WEGWIJZER_SYSTEMD_UNIT_DIR)
  set(WEGWIJZER_SYSTEMD_UNIT_DIR "/lib/systemd/system")
endif()
set(WEGWIJZER_UDEV_RULES_DIR "/lib/udev/rules.d")

# Directories in the package are 0755 whatever the umask of the build.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS ${CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS})

# --- The programs --------------------------------------------------------------------------
# kiosk/app and kiosk/cli install them; the kiosk is not built with -DWEGWIJZER_BUILD_UI=OFF.
# Full RELRO for the installed programs (lintian: hardening-no-bindnow).
foreach(program kiosk kioskctl)
  if(TARGET ${program})
    target_link_options(${program} PRIVATE "LINKER:-z,relro,-z,now")
  endif()
endforeach()

# --- Read-only data: /usr/share/wegwijzer ---------------------------------------------------
install(DIRECTORY "${PROJECT_SOURCE_DIR}/assets/" DESTINATION ${CMAKE_INSTALL_DATADIR}/wegwijzer
        PATTERN "README*" EXCLUDE PATTERN ".*" EXCLUDE)

set(WEGWIJZER_DEMO_CATALOGUE "${PROJECT_BINARY_DIR}/demo-catalogue.sqlite")
install(FILES "${WEGWIJZER_DEMO_CATALOGUE}" DESTINATION ${CMAKE_INSTALL_DATADIR}/wegwijzer)  # kiosk/cli builds it (ALL)

install(FILES "${WEGWIJZER_DEPLOY_DIR}/usbguard/rules.conf"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/wegwijzer/usbguard)
install(DIRECTORY "${WEGWIJZER_DEPLOY_DIR}/cups/" DESTINATION ${CMAKE_INSTALL_DATADIR}/wegwijzer/cups
        USE_SOURCE_PERMISSIONS PATTERN ".*" EXCLUDE PATTERN "README.md" EXCLUDE)
install(FILES "${WEGWIJZER_DEPLOY_DIR}/cups/README.md" DESTINATION "${WEGWIJZER_DOC_DIR}" RENAME README.cups.md)

# --- Configuration: /etc (conffiles) -------------------------------------------------------
# The installed kiosk.toml is config/kiosk.toml with the catalogue path pointing at the
# catalogue the package keeps in /var/lib/wegwijzer (the source file's default is the demo).
set(WEGWIJZER_CONFFILES "")
set(source_config "${PROJECT_SOURCE_DIR}/config/kiosk.toml")
set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${source_config}")
file(MAKE_DIRECTORY "${WEGWIJZER_PACKAGE_DIR}/etc")
execute_process(
  COMMAND sed "/^\\[catalogue\\]/,/^\\[/ s|^path[ \t]*=.*|path = \"${WEGWIJZER_STATE_DIR}/catalogue.sqlite\"|"
          "${source_config}"
  OUTPUT_FILE "${WEGWIJZER_PACKAGE_DIR}/etc/kiosk.toml" COMMAND_ERROR_IS_FATAL ANY)
install(FILES "${WEGWIJZER_PACKAGE_DIR}/etc/kiosk.toml" DESTINATION "${WEGWIJZER_CONFIG_DIR}")
string(APPEND WEGWIJZER_CONFFILES "${WEGWIJZER_CONFIG_DIR}/kiosk.toml\n")

install(FILES "${WEGWIJZER_DEPLOY_DIR}/pam/wegwijzer-kiosk" DESTINATION /etc/pam.d)
string(APPEND WEGWIJZER_CONFFILES "/etc/pam.d/wegwijzer-kiosk\n")

# --- systemd units and udev rules ----------------------------------------------------------
file(GLOB unit_files "${WEGWIJZER_DEPLOY_DIR}/systemd/*.service" "${WEGWIJZER_DEPLOY_DIR}/systemd/*.mount"
     "${WEGWIJZER_DEPLOY_DIR}/systemd/*.automount" "${WEGWIJZER_DEPLOY_DIR}/systemd/*.path"
     "${WEGWIJZER_DEPLOY_DIR}/systemd/*.target" "${WEGWIJZER_DEPLOY_DIR}/systemd/*.socket"
     "${WEGWIJZER_DEPLOY_DIR}/systemd/*.timer")
install(FILES ${unit_files} DESTINATION "${WEGWIJZER_SYSTEMD_UNIT_DIR}")
file(GLOB udev_rules "${WEGWIJZER_DEPLOY_DIR}/udev/*.rules")
if(udev_rules)
  install(FILES ${udev_rules} DESTINATION "${WEGWIJZER_UDEV_RULES_DIR}")
endif()
# Helper programs next to the udev rules (for example a mount helper), if helper "sync" adds any.
file(GLOB udev_helpers "${WEGWIJZER_DEPLOY_DIR}/udev/*.sh")
if(udev_helpers)
  install(PROGRAMS ${udev_helpers} DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/wegwijzer)
endif()

# --- Documentation -------------------------------------------------------------------------
install(FILES "${WEGWIJZER_DEPLOY_DIR}/README.md" "${WEGWIJZER_DEPLOY_DIR}/debian/copyright"
        DESTINATION "${WEGWIJZER_DOC_DIR}")
file(GLOB man_pages "${WEGWIJZER_DEPLOY_DIR}/man/*.1")
foreach(page IN LISTS man_pages)
  get_filename_component(page_name "${page}" NAME)
  set(page_gz "${WEGWIJZER_PACKAGE_DIR}/man/${page_name}.gz")
  file(MAKE_DIRECTORY "${WEGWIJZER_PACKAGE_DIR}/man")
  execute_process(COMMAND gzip -9nc "${page}" OUTPUT_FILE "${page_gz}" COMMAND_ERROR_IS_FATAL ANY)
  install(FILES "${page_gz}" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${page}")
endforeach()

# --- CPack: the .deb -----------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME wegwijzer)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "Wegwijzer developers")
set(CPACK_PACKAGE_CONTACT "Wegwijzer developers <dev@wegwijzer.invalid>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "dementia-friendly help finder kiosk for Drenthe")
# CPack indents the lines itself and turns an empty line into " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Wegwijzer runs on a touch screen in a library or town hall. Residents,
many of them old, some living with dementia, and their carers find local
help: dementia support, day care, meeting places, transport, help for
carers, care at home and advice. It works offline from a local SQLite
catalogue that staff update with a signed catalogue on a USB stick, and it
prints a large-print list to take home.

This package contains the kiosk program, the kioskctl staff tool, a demo
catalogue, the default configuration and a locked-down kiosk session that
runs the kiosk full screen under cage.")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# Libraries the programs link to come from dpkg-shlibdeps; these are what they load or run (the
# hunspell dictionaries: search never corrects a real Dutch or English word; hyphen-nl's patterns:
# long Dutch words are hyphenated at the end of a line).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "adduser, cage, xwayland, libpam-systemd, libgl1-mesa-dri, fonts-noto-core, espeak-ng-data, cups-client, hunspell-nl, hunspell-en-gb, hyphen-nl")
# prometheus-node-exporter: its textfile collector publishes the kiosk's health metrics for IT
# ([health] metrics_file); the kiosk runs without it.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "cups, prometheus-node-exporter")
# Not Recommends: Debian's usbguard starts by blocking every USB device plugged in after its
# installation, update sticks included, until the policy of deploy/usbguard is put in place.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "usbguard, overlayroot, minisign, printer-driver-cups-pdf")

# Maintainer scripts, conffiles, changelog.
set(debian_dir "${WEGWIJZER_PACKAGE_DIR}/debian")
foreach(script postinst prerm postrm)
  configure_file("${WEGWIJZER_DEPLOY_DIR}/debian/${script}.in" "${debian_dir}/${script}" @ONLY
                 FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                                  WORLD_READ WORLD_EXECUTE)
endforeach()
file(WRITE "${debian_dir}/conffiles" "${WEGWIJZER_CONFFILES}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${debian_dir}/postinst;${debian_dir}/prerm;${debian_dir}/postrm;${debian_dir}/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

# A native package: the changelog is /usr/share/doc/wegwijzer/changelog.gz, compressed
# reproducibly (-n) and at the highest level, as lintian expects.
configure_file("${WEGWIJZER_DEPLOY_DIR}/debian/changelog.in" "${debian_dir}/changelog" @ONLY)
execute_process(COMMAND gzip -9nc "${debian_dir}/changelog" OUTPUT_FILE "${debian_dir}/changelog.gz"
                COMMAND_ERROR_IS_FATAL ANY)
install(FILES "${debian_dir}/changelog.gz" DESTINATION "${WEGWIJZER_DOC_DIR}")

include(CPack)
