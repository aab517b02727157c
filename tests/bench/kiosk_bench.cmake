# The kiosk's frame benchmark needs the views and ImGui, beyond the core every *_bench links.
if(TARGET kiosk_frame_bench)
  if(TARGET wegwijzer_kiosk_app)
    target_link_libraries(kiosk_frame_bench PRIVATE wegwijzer_kiosk_app)
  else()
    set_target_properties(kiosk_frame_bench PROPERTIES EXCLUDE_FROM_ALL TRUE)
  endif()
endif()
